import Foundation
import Testing
@testable import LRBundle
import LRTestSupport

/// TensorBoard event files, byte by byte (`.ci/tensorboard-interop.py` reads them back with
/// TensorBoard itself).
@Suite struct TensorBoardExportTests {
    @Test func crc32cMatchesTheStandardCheckValue() {
        // The CRC-32C check value of "123456789" (RFC 3720, appendix B.4).
        #expect(CRC32C.checksum(Array("123456789".utf8)) == 0xE306_9283)
        #expect(CRC32C.checksum([]) == 0)
    }

    @Test func anEventIsAFramedProtobufMessage() {
        var events = TensorBoardEvents(wallTime: 0)
        let header = events.bytes
        events.scalars([("lr", 0.5)], step: 3, wallTime: 3)
        let record = Array(events.bytes.dropFirst(header.count))
        // Event{wall_time: 3.0, step: 3, summary{value{tag: "lr", simple_value: 0.5}}}
        let payload: [UInt8] = [0x09] + Protobuf.littleEndian(3.0.bitPattern) + [0x10, 0x03, 0x2A, 0x0B, 0x0A, 0x09, 0x0A, 0x02]
            + Array("lr".utf8) + [0x15] + Protobuf.littleEndian(Float(0.5).bitPattern)
        let length = Protobuf.littleEndian(UInt64(payload.count))
        #expect(record == length + Protobuf.littleEndian(CRC32C.masked(length)) + payload
            + Protobuf.littleEndian(CRC32C.masked(payload)))
    }

    @Test func runsAreNamedByLabelAndSeedAndNeverLeaveTheDirectory() {
        #expect(TensorBoardExport.runName("sgd lr=0.01") == "sgd_lr=0.01")
        #expect(TensorBoardExport.runName("../../etc") == ".._.._etc")
        #expect(TensorBoardExport.runName("..") == "_..")
        #expect(TensorBoardExport.runName("") == "_")
    }

    @Test func anExportOfABundleIsTheSameBytesTwice() throws {
        let files = try TempFiles()
        let (directory, _) = try BundleWriterTests.written(files)
        let bundle = try BundleReader.read(directory.path)
        let first = try TensorBoardExport.files(bundle)
        #expect(first.map(\.path) == [
            "lr=0.1/seed-1/events.out.tfevents.0.lrlab", "lr=0.1/seed-2/events.out.tfevents.0.lrlab",
            "lr=1000/seed-1/events.out.tfevents.0.lrlab", "lr=1000/seed-2/events.out.tfevents.0.lrlab",
        ])
        let again = try TensorBoardExport.files(bundle)
        #expect(first.map(\.bytes) == again.map(\.bytes))
    }
}
