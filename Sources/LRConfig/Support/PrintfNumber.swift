import CKernels

/// `printf`'s `%.<digits>g` and `%.<digits>f`, straight from the C library (through
/// `lrk_format_number`, a fixed signature, so no va_list is built per number): the same bytes
/// as `String(format:)` (both are correctly rounded, so every platform agrees) at a fraction
/// of its cost, which matters when a bundle writes a hundred thousand numbers.
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
            let written = lrk_format_number(buffer.baseAddress, 512, precision, value, conversion == "f" ? 1 : 0)
            let count = max(0, min(Int(written), 511))
            return String(decoding: UnsafeRawBufferPointer(start: buffer.baseAddress, count: count), as: UTF8.self)
        }
    }
}
