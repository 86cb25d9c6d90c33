import Foundation
import LREngine
import Testing

@testable import LRConfig
@testable import LRTrial
import LRTestSupport

/// IDX files (the MNIST format), generated here byte by byte.
@Suite("IDX loader")
struct IDXLoaderTests {
    /// An IDX file: magic `0x0000 <type> <dimensions>`, big-endian sizes, then `payload`.
    static func idx(type: UInt8, dimensions: [UInt32], payload: [UInt8]) -> [UInt8] {
        var bytes: [UInt8] = [0, 0, type, UInt8(dimensions.count)]
        for size in dimensions { bytes += [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: size >> $0) } }
        return bytes + payload
    }

    /// Three 2×2 images with pixel values 0…11 and labels 7, 3, 7.
    static let images = idx(type: 0x08, dimensions: [3, 2, 2], payload: (0..<12).map { UInt8($0 * 20) })
    static let labels = idx(type: 0x08, dimensions: [3], payload: [7, 3, 7])

    func files(_ images: [UInt8], _ labels: [UInt8], scale: Double = 1) throws -> (TempFiles, IDXLoader.Files) {
        let temp = try TempFiles()
        let imagesPath = try temp.write("images.idx", "")
        let labelsPath = try temp.write("labels.idx", "")
        try Data(images).write(to: URL(fileURLWithPath: imagesPath))
        try Data(labels).write(to: URL(fileURLWithPath: labelsPath))
        let files = IDXLoader.Files(
            images: URL(fileURLWithPath: imagesPath), imagesDisplay: "data/images.idx",
            labels: URL(fileURLWithPath: labelsPath), labelsDisplay: "data/labels.idx", scale: scale)
        return (temp, files)
    }

    func error(_ images: [UInt8], _ labels: [UInt8] = Self.labels) throws -> String? {
        let (temp, files) = try files(images, labels)
        defer { _ = temp }
        do {
            _ = try IDXLoader.load(files)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func loadsImagesAndLabelsWithTheirShape() throws {
        let (temp, files) = try files(Self.images, Self.labels, scale: 255)
        defer { _ = temp }
        let loaded = try IDXLoader.load(files)
        #expect(loaded.dataset.shape == DatasetShape(samples: 3, features: 4, classes: 2))
        #expect(loaded.dataset.featureNames == ["pixel0", "pixel1", "pixel2", "pixel3"])
        #expect(loaded.dataset.features.storage == (0..<12).map { Float(Double($0 * 20) / 255) })
        #expect(loaded.dataset.targets == .classes([1, 0, 1]))
        #expect(loaded.classValues == [3, 7])
        #expect(try DataSource.idx(files).shape() == DatasetShape(samples: 3, features: 4, classes: 2))
    }

    @Test func readsEveryElementTypeBigEndian() throws {
        let int16 = Self.idx(type: 0x0B, dimensions: [3, 1], payload: [0xFF, 0xFE, 0x01, 0x00, 0, 5])
        let float32 = Self.idx(type: 0x0D, dimensions: [3], payload: [0x3F, 0xC0, 0, 0, 0xC0, 0x20, 0, 0, 0, 0, 0, 0])
        let int32Labels = Self.idx(type: 0x0C, dimensions: [3], payload: [0, 0, 1, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 1, 0])
        let (temp, files) = try files(int16, int32Labels)
        defer { _ = temp }
        let loaded = try IDXLoader.load(files)
        #expect(loaded.dataset.features.storage == [-2, 256, 5])
        #expect(loaded.classValues == [-1, 256])
        #expect(loaded.dataset.targets == .classes([1, 0, 1]))
        let floats = try IDXFile(bytes: float32, file: "f")
        #expect((0..<3).map(floats.value) == [1.5, -2.5, 0])
    }

    @Test(arguments: [
        ([0, 0, 8], "data/images.idx: error: truncated: 3 bytes, shorter than an IDX header"),
        ([0, 1, 8, 3, 0, 0, 0, 1], "data/images.idx: error: not an IDX file: magic number 0x00010803, expected 0x000008nn to 0x00000Enn"),
        ([0, 0, 7, 1, 0, 0, 0, 1, 0], "data/images.idx: error: not an IDX file: magic number 0x00000701, expected 0x000008nn to 0x00000Enn"),
        ([0, 0, 8, 0], "data/images.idx: error: 0 dimensions in magic number 0x00000800; expected 1 to 4"),
        ([0, 0, 8, 3, 0, 0, 0, 2], "data/images.idx: error: truncated: the header declares 3 dimensions, the file ends before their sizes"),
        ([0, 0, 8, 2, 0, 0, 0, 3, 0, 0, 0, 2, 1, 2, 3, 4, 5], "data/images.idx: error: truncated: the header declares 3 × 2 values (6 bytes), the file holds 5 bytes of data"),
        ([0, 0, 8, 2, 0, 0, 0, 3, 0, 0, 0, 1, 1, 2, 3, 4], "data/images.idx: error: trailing bytes: the header declares 3 × 1 values (3 bytes), the file holds 4 bytes of data"),
        ([0, 0, 8, 2, 0, 0, 0, 3, 0, 0, 0, 0], "data/images.idx: error: dimension 2 is 0"),
    ] as [([UInt8], String)])
    func badImagesAreClearErrors(_ bytes: [UInt8], _ expected: String) throws {
        #expect(try error(bytes) == expected)
    }

    /// A header claiming 2^32 − 1 items in each of four dimensions overflows Int: refused
    /// before anything is allocated, as is a header claiming more values than a file may hold.
    @Test func dimensionProductsAreCheckedBeforeAllocating() throws {
        let huge = Self.idx(type: 0x08, dimensions: [.max, .max, .max, .max], payload: [1, 2, 3])
        let message = "data/images.idx: error: the dimensions declare more than \(DataLimits.maxIDXBytes) values, more than a file may hold"
        #expect(try error(huge) == message)
        #expect(try error(Self.idx(type: 0x08, dimensions: [1 << 31], payload: [])) == message)
        // Within the cap, the claim must still match the bytes held.
        #expect(try error(Self.idx(type: 0x0E, dimensions: [60000, 784], payload: [0]))
            == "data/images.idx: error: truncated: the header declares 60000 × 784 values (376320000 bytes), the file holds 1 bytes of data")
    }

    @Test func labelsMustFitTheImages() throws {
        #expect(try error(Self.images, Self.idx(type: 0x08, dimensions: [2], payload: [1, 2]))
            == "data/labels.idx: error: 2 labels for the 3 examples of 'data/images.idx'")
        #expect(try error(Self.images, Self.idx(type: 0x08, dimensions: [3, 1], payload: [1, 2, 3]))
            == "data/labels.idx: error: labels must have 1 dimension, got 2")
        #expect(try error(Self.images, Self.idx(type: 0x0D, dimensions: [3], payload: [UInt8](repeating: 0, count: 12)))
            == "data/labels.idx: error: labels must be integers, got floating-point values")
        let nan = Self.idx(type: 0x0D, dimensions: [3], payload: [0x7F, 0xC0, 0, 0] + [UInt8](repeating: 0, count: 8))
        #expect(try error(nan) == "data/images.idx: error: value 0 is not a finite Float32 number after scaling")
    }

    @Test func idxExperimentTrains() throws {
        let temp = try TempFiles()
        // 40 images of 2×2 pixels: class 1 is bright, class 0 dark.
        let pixels = (0..<40).flatMap { i in [UInt8](repeating: i % 2 == 0 ? 20 : 230, count: 4) }
        let imagesPath = try temp.write("train-images.idx", "")
        let labelsPath = try temp.write("train-labels.idx", "")
        try Data(Self.idx(type: 0x08, dimensions: [40, 2, 2], payload: pixels)).write(to: URL(fileURLWithPath: imagesPath))
        try Data(Self.idx(type: 0x08, dimensions: [40], payload: (0..<40).map { UInt8($0 % 2) })).write(to: URL(fileURLWithPath: labelsPath))
        let experiment = try #require(try ExperimentText.load("""
            version: 1
            name: idx-pair
            seed: 3
            data: {source: idx, images: train-images.idx, labels: train-labels.idx, scale: 255}
            model: {kind: logistic}
            optimizer: {kind: adam, lr: 0.1}
            train: {epochs: 20, batch_size: 8}

            """, files: temp))
        let prepared = try #require(try TrialRunner.prepareData(for: experiment))
        #expect(prepared.featureCount == 4)
        #expect(prepared.classCount == 2)
        let outcome = TrialRunner().run(ExperimentText.spec(experiment))
        #expect(outcome.status == .ok, "\(outcome.message ?? "")")
        #expect(try #require(outcome.metric("val_accuracy")) == 1)
    }
}
