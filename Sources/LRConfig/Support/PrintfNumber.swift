#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `printf`'s `%.<digits>g` and `%.<digits>f`, straight from the C library: the same bytes as
/// `String(format:)` (both are correctly rounded, so every platform agrees) at a fraction of
/// its cost, which matters when a bundle writes a hundred thousand numbers.
package enum PrintfNumber {
    /// `value` as `%.<digits>g` (`digits` clamped to 0…17).
    package static func g(_ value: Double, _ digits: Int) -> String {
        format(value, digits, conversion: "g")
    }

    /// `value` as `%.<digits>f` (`digits` clamped to 0…17).
    package static func f(_ value: Double, _ digits: Int) -> String {
        format(value, digits, conversion: "f")
    }

    private static func format(_ value: Double, _ digits: Int, conversion: Character) -> String {
        let precision = Int32(max(0, min(17, digits)))
        // The longest result, `%.17f` of -Double.greatestFiniteMagnitude, is 327 bytes.
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 512) { buffer in
            let written = withVaList([precision, value]) { arguments in
                conversion == "g"
                    ? vsnprintf(buffer.baseAddress, 512, "%.*g", arguments)
                    : vsnprintf(buffer.baseAddress, 512, "%.*f", arguments)
            }
            let count = max(0, min(Int(written), 511))
            return String(decoding: UnsafeRawBufferPointer(start: buffer.baseAddress, count: count), as: UTF8.self)
        }
    }
}
