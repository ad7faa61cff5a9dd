#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte equality of two buffers with `memcmp`: Swift's `elementsEqual` walks them element by element, and the
/// buffers compared here (written files, cached bodies, transformed texts) run to tens of megabytes per build.
public enum ByteEquality {
    public static func same(_ first: UnsafeRawBufferPointer, _ second: UnsafeRawBufferPointer) -> Bool {
        guard first.count == second.count else { return false }
        guard let start = first.baseAddress, let other = second.baseAddress, first.count > 0 else { return true }
        // The same buffer (a text the transform returned unchanged): nothing to compare.
        guard start != other else { return true }
        return memcmp(start, other, first.count) == 0
    }

    /// Whether two strings hold the same UTF-8 bytes, compared on their contiguous storage.
    public static func same(_ first: String, _ second: String) -> Bool {
        var first = first, second = second
        return first.withUTF8 { a in second.withUTF8 { b in same(UnsafeRawBufferPointer(a), UnsafeRawBufferPointer(b)) } }
    }
}
