import LRYAML

extension SweepConfig.Baseline {
    /// Whether `trial` runs the baseline: the case of that name, or a resolved experiment with
    /// the given values at the given paths (as written, compared in canonical form; the path
    /// `case` names a case).
    package func matches(_ trial: TrialSpec) -> Bool {
        switch self {
        case .named(let name):
            return trial.caseName == name
        case .values(let values):
            return values.allSatisfy { path, value in
                if path == SweepCase.path, case .string(let name)? = value.scalar { return trial.caseName == name }
                return trial.experiment.document.value(at: path)?.canonicalText == value.canonicalText
            }
        }
    }

    /// How the file names it, for messages: `'sgd'` or `{optimizer.kind: sgd}`.
    package var described: String {
        switch self {
        case .named(let name): "'\(name)'"
        case .values(let values): "{" + values.map { "\($0.path): \($0.value.canonicalText)" }.joined(separator: ", ") + "}"
        }
    }
}
