import LREngine

/// `external`: a model trained by the experiment's `trainer:` program, not by lrlab. lrlab
/// keeps the schedule, the epochs, early stopping and the searches; `params` is passed to the
/// trainer as written (and may be swept: `model.params.depth`).
package struct ExternalModelKind: ModelKind {
    package static let name = "external"
    package static let doc = "A model trained by the experiment's `trainer:` program over lrlab.trainer/1."
    package static let keys = [
        KindKey("params", .freeMapping, "Settings passed to the trainer as written (any keys)."),
    ]

    package init() {}

    package init?(_ f: Fields, reader: inout SectionReader) { self.init() }

    package func spec() throws(TrialError) -> ModelSpec {
        throw TrialError("model 'external' is trained by its 'trainer:' program, not by lrlab")
    }
}
