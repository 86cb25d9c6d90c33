/// TensorBoard event files written by hand: TFRecord framing around protobuf-encoded `Event`
/// messages (tensorflow/core/util/event.proto), holding scalar summaries only.
///
/// - Record: length (uint64, little-endian), masked CRC-32C of the length, the bytes, masked
///   CRC-32C of the bytes.
/// - `Event`: `wall_time` (field 1, double), `step` (2, int64), `file_version` (3, string) or
///   `summary` (5): `Summary.value` (1, repeated) with `tag` (1, string) and `simple_value`
///   (2, float).
package struct TensorBoardEvents {
    private(set) var bytes: [UInt8] = []

    /// A file that starts with the version record every event file begins with.
    package init(wallTime: Double) {
        var event = Protobuf()
        event.double(1, wallTime)
        event.string(3, "brain.Event:2")
        record(event.bytes)
    }

    /// One event with the scalars `values` (tag, value) at `step`.
    package mutating func scalars(_ values: [(tag: String, value: Float)], step: Int, wallTime: Double) {
        var summary = Protobuf()
        for (tag, value) in values {
            var entry = Protobuf()
            entry.string(1, tag)
            entry.float(2, value)
            summary.message(1, entry.bytes)
        }
        var event = Protobuf()
        event.double(1, wallTime)
        event.varint(2, UInt64(bitPattern: Int64(step)))
        event.message(5, summary.bytes)
        record(event.bytes)
    }

    private mutating func record(_ data: [UInt8]) {
        let length = Protobuf.littleEndian(UInt64(data.count))
        bytes += length
        bytes += Protobuf.littleEndian(CRC32C.masked(length))
        bytes += data
        bytes += Protobuf.littleEndian(CRC32C.masked(data))
    }
}

/// The few protobuf wire types an `Event` needs.
package struct Protobuf {
    private(set) var bytes: [UInt8] = []

    package mutating func varint(_ field: Int, _ value: UInt64) {
        key(field, wireType: 0)
        raw(value)
    }

    package mutating func double(_ field: Int, _ value: Double) {
        key(field, wireType: 1)
        bytes += Self.littleEndian(value.bitPattern)
    }

    package mutating func float(_ field: Int, _ value: Float) {
        key(field, wireType: 5)
        bytes += Self.littleEndian(value.bitPattern)
    }

    package mutating func string(_ field: Int, _ value: String) {
        message(field, Array(value.utf8))
    }

    package mutating func message(_ field: Int, _ value: [UInt8]) {
        key(field, wireType: 2)
        raw(UInt64(value.count))
        bytes += value
    }

    private mutating func key(_ field: Int, wireType: UInt64) {
        raw(UInt64(field) << 3 | wireType)
    }

    private mutating func raw(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    package static func littleEndian<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
        withUnsafeBytes(of: value.littleEndian) { Array($0) }
    }
}
