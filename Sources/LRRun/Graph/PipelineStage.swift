/// The kinds of node in a pipeline graph, in the order data flows through them.
package enum PipelineStage: String, Sendable, CaseIterable, Comparable {
    /// Load or generate the examples (shared by every trial with the same data and root seed).
    case data
    /// Split into train/validation/test and fit the standardisation on the training part.
    case split
    /// Build the model and initialise its weights (per trial seed).
    case initialize = "init"
    /// Run the optimizer and schedule.
    case train
    /// Compute the final and best metrics of one trial: the trial's outcome.
    case evaluate
    /// Aggregate the trials (mean, std over seeds, the objective's best).
    case summarise
    /// Write the report.
    case report

    package static func < (a: PipelineStage, b: PipelineStage) -> Bool {
        a.rank < b.rank
    }
}

extension PipelineStage {
    /// Position in the flow: data 0 … report 6.
    package var rank: Int {
        switch self {
        case .data: 0
        case .split: 1
        case .initialize: 2
        case .train: 3
        case .evaluate: 4
        case .summarise: 5
        case .report: 6
        }
    }
}
