import Foundation
@testable import LRConfig

extension TrialSpec {
    /// `path=value` of every assignment, in parameter order.
    var valuesText: String {
        assignments.map { "\($0.path)=\($0.value.canonicalText)" }.joined(separator: " ")
    }
}
