import Foundation
import LREngine

/// Reads an IDX pair (as MNIST ships it) into a classification `Dataset`: the images file's
/// first dimension counts the examples and the rest, flattened row-major, are the features
/// (`pixel0`, `pixel1`, …), each divided by `scale`; the labels file is one integer per
/// example, whose distinct values in ascending order become the classes `0..<k`.
package enum IDXLoader {
    /// Where the pair is and how its values are scaled.
    package struct Files: Sendable, Hashable {
        package var images: URL
        /// The images file as the experiment wrote it (errors name it so).
        package var imagesDisplay: String
        package var labels: URL
        package var labelsDisplay: String
        /// Features are the stored values divided by this (255 maps bytes to 0…1).
        package var scale: Double

        package init(images: URL, imagesDisplay: String, labels: URL, labelsDisplay: String, scale: Double = 1) {
            self.images = images
            self.imagesDisplay = imagesDisplay
            self.labels = labels
            self.labelsDisplay = labelsDisplay
            self.scale = scale
        }
    }

    package static func load(_ files: Files) throws(IDXError) -> LoadedDataset {
        let images = try IDXFile.load(contentsOf: files.images, displayPath: files.imagesDisplay)
        let labels = try IDXFile.load(contentsOf: files.labels, displayPath: files.labelsDisplay)
        return try dataset(images: images, labels: labels, files: files)
    }

    package static func dataset(images: IDXFile, labels: IDXFile, files: Files) throws(IDXError) -> LoadedDataset {
        let imagesFile = files.imagesDisplay
        let labelsFile = files.labelsDisplay
        guard files.scale.isFinite, files.scale > 0 else {
            throw IDXError(file: imagesFile, message: "the scale must be a positive number, got \(files.scale)")
        }
        let samples = images.dimensions[0]
        let features = images.dimensions.dropFirst().reduce(1, *)  // ≤ the checked total
        guard samples <= DataLimits.maxRows else {
            throw IDXError(file: imagesFile, message: "\(samples) examples, more than \(DataLimits.maxRows)")
        }
        guard features <= DataLimits.maxColumns else {
            throw IDXError(file: imagesFile, message: "\(features) features per example, more than \(DataLimits.maxColumns)")
        }
        guard images.count <= DataLimits.maxValues else {
            throw IDXError(file: imagesFile, message: "\(images.count) values, more than \(DataLimits.maxValues)")
        }
        guard labels.dimensions.count == 1 else {
            throw IDXError(file: labelsFile, message: "labels must have 1 dimension, got \(labels.dimensions.count)")
        }
        guard labels.dimensions[0] == samples else {
            throw IDXError(
                file: labelsFile, message: "\(labels.dimensions[0]) labels for the \(samples) examples of '\(imagesFile)'")
        }
        guard labels.type.isInteger else {
            throw IDXError(file: labelsFile, message: "labels must be integers, got floating-point values")
        }
        var storage = [Float]()
        storage.reserveCapacity(images.count)
        let maximum = Double(Float.greatestFiniteMagnitude)
        for index in 0..<images.count {
            let value = images.value(at: index) / files.scale
            guard value.isFinite, abs(value) <= maximum else {
                throw IDXError(file: imagesFile, message: "value \(index) is not a finite Float32 number after scaling")
            }
            storage.append(Float(value))
        }
        let targets = (0..<labels.count).map { labels.value(at: $0) }
        let classes = Array(Set(targets)).sorted()
        guard classes.count <= DataLimits.maxClasses else {
            throw IDXError(file: labelsFile, message: "more than \(DataLimits.maxClasses) classes")
        }
        // Lookup by value, never by a set's iteration order.
        var index = [Double: Int]()
        for (position, value) in classes.enumerated() { index[value] = position }
        let matrix = Matrix(rows: samples, columns: features, storage: storage)
        do {
            let dataset = try Dataset(
                features: matrix, targets: .classes(targets.map { index[$0] ?? 0 }),
                featureNames: (0..<features).map { "pixel\($0)" }, task: .classification(classCount: classes.count))
            return LoadedDataset(dataset: dataset, classValues: classes)
        } catch {
            throw IDXError(file: imagesFile, message: error.description)
        }
    }
}
