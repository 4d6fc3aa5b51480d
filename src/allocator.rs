//! The global allocator: mimalloc, called without its aligned entry points where the
//! alignment needs none.
//!
//! The `mimalloc` crate's allocator sends every allocation through `mi_malloc_aligned`,
//! whose checks of the alignment cost about 20 instructions a call more than `mi_malloc`.
//! Every block of mimalloc is aligned to a machine word, and every block of 16 bytes or
//! more to 16 (`MI_MAX_ALIGN_SIZE`: sizes are rounded to double words): a layout whose
//! alignment is at most 16 and at most its size (the rule of Rust's `System` allocator
//! over `malloc`) is served by the plain entry points, any other by the aligned ones.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys as mi;

/// The alignment of every mimalloc block at least as large (`MI_MAX_ALIGN_SIZE`).
const MIN_ALIGN: usize = 16;

/// mimalloc as the global allocator (see the module's documentation).
pub struct MiMalloc;

/// Is a block of `size` bytes from the plain entry points aligned to `align`?
#[inline(always)]
fn plain(align: usize, size: usize) -> bool {
    align <= MIN_ALIGN && align <= size
}

// SAFETY: mimalloc's functions are thread-safe and return either null or a block of at
// least the size asked, aligned as asked (the plain ones as `plain` tells); `mi_free` and
// `mi_realloc` take any block of mimalloc, however allocated.
unsafe impl GlobalAlloc for MiMalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if plain(layout.align(), layout.size()) {
            // SAFETY: see the impl: the block is aligned as `layout` asks.
            unsafe { mi::mi_malloc(layout.size()).cast() }
        } else {
            // SAFETY: the alignment of a `Layout` is a power of two.
            unsafe { mi::mi_malloc_aligned(layout.size(), layout.align()).cast() }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if plain(layout.align(), layout.size()) {
            // SAFETY: as for `alloc`.
            unsafe { mi::mi_zalloc(layout.size()).cast() }
        } else {
            // SAFETY: as for `alloc`.
            unsafe { mi::mi_zalloc_aligned(layout.size(), layout.align()).cast() }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: the caller passes a block this allocator returned.
        unsafe { mi::mi_free(ptr.cast::<c_void>()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // (The new block's alignment is `layout`'s, its size `new_size`.)
        if plain(layout.align(), new_size) {
            // SAFETY: the caller passes a block this allocator returned; the new block is
            // aligned as `layout` asks (see `plain`).
            unsafe { mi::mi_realloc(ptr.cast::<c_void>(), new_size).cast() }
        } else {
            // SAFETY: as above, and the alignment of a `Layout` is a power of two.
            unsafe { mi::mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align()).cast() }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_aligned_as_asked_through_either_entry_point() {
        let a = MiMalloc;
        for align in [1, 2, 4, 8, 16, 32, 64, 4096] {
            for size in [1, 3, 8, 15, 16, 24, 40, 48, 100, 1000, 70_000] {
                let Ok(layout) = Layout::from_size_align(size, align) else {
                    continue;
                };
                // SAFETY: the layout's size is not zero; each block is freed once, by this
                // allocator.
                unsafe {
                    let p = a.alloc(layout);
                    assert!(!p.is_null() && p.align_offset(align) == 0, "{layout:?}");
                    p.write_bytes(7, size);
                    let q = a.realloc(p, layout, 2 * size + 8);
                    assert!(!q.is_null() && q.align_offset(align) == 0, "{layout:?}");
                    assert_eq!(*q.add(size - 1), 7);
                    a.dealloc(q, Layout::from_size_align(2 * size + 8, align).unwrap());
                    let z = a.alloc_zeroed(layout);
                    assert!(!z.is_null() && z.align_offset(align) == 0, "{layout:?}");
                    assert!((0..size).all(|k| *z.add(k) == 0));
                    a.dealloc(z, layout);
                }
            }
        }
    }
}
