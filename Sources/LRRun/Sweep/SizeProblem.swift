import LRConfig

/// Why a trial cannot be sized: a located diagnostic in the experiment's document or in a
/// data file.
package struct SizeProblem: Error {
    package var diagnostic: Diagnostic

    package init(diagnostic: Diagnostic) {
        self.diagnostic = diagnostic
    }

    /// At the node of `path` in `experiment`'s document (its nearest written ancestor).
    package init(_ experiment: Experiment, at path: String, _ message: String) {
        let keys = path.split(separator: ".").map(String.init)
        let location = experiment.location(of: keys) ?? experiment.document.location
        // Shown as the loader shows list items: `optimizer.param_groups[0].match`.
        let shown = keys.reduce("") { path, key in Int(key) != nil ? "\(path)[\(key)]" : path.isEmpty ? key : "\(path).\(key)" }
        self.init(diagnostic: Diagnostic(location, path: shown, message))
    }

    /// At the CSV file's line and field when the error has them, else at `data.path`.
    package init(csv error: CSVError, _ experiment: Experiment) {
        if let line = error.line, line > 0 {
            self.init(diagnostic: Diagnostic(file: error.file, line: line, column: error.column ?? 1,
                                             message: error.message))
        } else {
            self.init(experiment, at: "data.path", "'\(error.file)': \(error.message)")
        }
    }
}
