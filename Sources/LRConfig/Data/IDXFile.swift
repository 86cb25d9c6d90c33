import Foundation

/// One file in the IDX format of the MNIST distribution (LeCun, Cortes & Burges): a header of
/// two zero bytes, an element type byte (`0x08` uint8, `0x09` int8, `0x0B` int16, `0x0C`
/// int32, `0x0D` float32, `0x0E` float64) and a dimension count, then each dimension as a
/// big-endian uint32, then the values, big-endian, in row-major order.
///
/// Untrusted input: the header may claim any size, so the product of the dimensions is
/// computed with overflow checks and must match the bytes the file holds exactly before
/// anything is allocated from it.
package struct IDXFile {
    package enum ElementType: UInt8 {
        case uint8 = 0x08, int8 = 0x09, int16 = 0x0B, int32 = 0x0C, float32 = 0x0D, float64 = 0x0E

        var size: Int {
            switch self {
            case .uint8, .int8: 1
            case .int16: 2
            case .int32, .float32: 4
            case .float64: 8
            }
        }

        var isInteger: Bool { self != .float32 && self != .float64 }
    }

    package var type: ElementType
    package var dimensions: [Int]
    /// The values' bytes.
    private var payload: [UInt8]

    /// Reads the file at `url` (a regular file of at most ``DataLimits/maxIDXBytes``); errors
    /// name it `displayPath`.
    package static func load(contentsOf url: URL, displayPath: String) throws(IDXError) -> IDXFile {
        switch FilePath.read(url.path, limit: DataLimits.maxIDXBytes) {
        case .success(let bytes): return try IDXFile(bytes: bytes, file: displayPath)
        case .failure(let reason): throw IDXError(file: displayPath, message: reason.message)
        }
    }

    package init(bytes: [UInt8], file: String) throws(IDXError) {
        guard bytes.count >= 4 else {
            throw IDXError(file: file, message: "truncated: \(bytes.count) bytes, shorter than an IDX header")
        }
        let magic = bytes[0..<4].reduce(0) { $0 << 8 | UInt32($1) }
        guard bytes[0] == 0, bytes[1] == 0, let type = ElementType(rawValue: bytes[2]) else {
            throw IDXError(file: file, message: "not an IDX file: magic number \(Self.hex(magic)), expected 0x000008nn to 0x00000Enn")
        }
        let count = Int(bytes[3])
        guard (1...DataLimits.maxIDXDimensions).contains(count) else {
            throw IDXError(
                file: file, message: "\(count) dimensions in magic number \(Self.hex(magic)); expected 1 to \(DataLimits.maxIDXDimensions)")
        }
        let headerSize = 4 + 4 * count
        guard bytes.count >= headerSize else {
            throw IDXError(file: file, message: "truncated: the header declares \(count) dimensions, the file ends before their sizes")
        }
        var dimensions = [Int]()
        var values = 1
        for index in 0..<count {
            let start = 4 + 4 * index
            let size = Int(bytes[start..<(start + 4)].reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
            guard size > 0 else { throw IDXError(file: file, message: "dimension \(index + 1) is 0") }
            let (product, overflow) = values.multipliedReportingOverflow(by: size)
            guard !overflow, product <= DataLimits.maxIDXBytes else {
                throw IDXError(
                    file: file, message: "the dimensions declare more than \(DataLimits.maxIDXBytes) values, more than a file may hold")
            }
            values = product
            dimensions.append(size)
        }
        // `values` ≤ 2^28 and the size ≤ 8: no overflow.
        let expected = values * type.size
        let held = bytes.count - headerSize
        guard held == expected else {
            let shape = dimensions.map(String.init).joined(separator: " × ")
            let what = held < expected ? "truncated" : "trailing bytes"
            throw IDXError(
                file: file, message: "\(what): the header declares \(shape) values (\(expected) bytes), the file holds \(held) bytes of data")
        }
        self.type = type
        self.dimensions = dimensions
        payload = Array(bytes[headerSize...])
    }

    /// The number of values.
    package var count: Int { payload.count / type.size }

    /// The value at `index` (in `0..<count`), exactly (every type fits a Double).
    package func value(at index: Int) -> Double {
        let start = index * type.size
        func word(_ size: Int) -> UInt64 {
            payload[start..<(start + size)].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        }
        switch type {
        case .uint8: return Double(payload[start])
        case .int8: return Double(Int8(bitPattern: payload[start]))
        case .int16: return Double(Int16(bitPattern: UInt16(word(2))))
        case .int32: return Double(Int32(bitPattern: UInt32(word(4))))
        case .float32: return Double(Float(bitPattern: UInt32(word(4))))
        case .float64: return Double(bitPattern: word(8))
        }
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "0x" + String(repeating: "0", count: max(0, 8 - digits.count)) + digits
    }
}
