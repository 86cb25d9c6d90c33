import LREngine

/// One `model.kind`: its YAML name and doc line, its keys (the only copy of its defaults), its
/// decoding with the checks between its keys, and the engine's `ModelSpec` it builds. The kind
/// value holds the typed settings. ``ModelKinds/all`` lists every kind.
package protocol ModelKind: Sendable, Equatable {
    static var name: String { get }
    static var doc: String { get }
    static var keys: [KindKey] { get }
    /// Whether the model trains on a data set; false for a test function, which takes no
    /// `data:` or `initializer:` and counts `train.steps` updates instead of epochs.
    static var trainsOnData: Bool { get }
    /// Whether the model can only fit class targets (checked against the data when the file loads).
    static var needsClasses: Bool { get }

    /// The typed settings from checked fields; nil when a value is invalid (the file then has
    /// an error already).
    init?(_ f: Fields, reader: inout SectionReader)

    /// The engine's description of the model.
    func spec() throws(TrialError) -> ModelSpec

    /// Widths of the hidden layers; empty for a single dense layer and for functions.
    var hidden: [Int] { get }

    /// The coordinates a function model trains; nil for models trained on data (their size
    /// follows the data).
    var coordinates: Int? { get }
}

extension ModelKind {
    package static var trainsOnData: Bool { true }
    package static var needsClasses: Bool { false }
    package var hidden: [Int] { [] }
    package var coordinates: Int? { nil }
    package var name: String { Self.name }
    package var trainsOnData: Bool { Self.trainsOnData }
    /// Whether the experiment's `trainer:` program trains it (``ExternalModelKind``).
    package var isExternal: Bool { Self.self == ExternalModelKind.self }

    package func isSame(as other: any ModelKind) -> Bool { (other as? Self) == self }
}

/// The registry of model kinds, in documentation order: adding a model is its engine case,
/// its kind file and one line here.
package enum ModelKinds {
    package static let all: [any ModelKind.Type] = [
        LinearModelKind.self,
        LogisticModelKind.self,
        MLPModelKind.self,
        FunctionModelKind.self,
        ExternalModelKind.self,
    ]

    package static let names = all.map { $0.name }

    package static func named(_ name: String) -> (any ModelKind.Type)? {
        all.first { $0.name == name }
    }
}
