extension Dataset {
    /// What a model must predict for this data, as `ModelSpec.build` takes it: the class count,
    /// or the number of target columns.
    public var predictionTask: PredictionTask {
        switch (task, targets) {
        case (.classification(let classCount), _):
            return .classification(classes: classCount)
        case (.regression, .values(let values)):
            return .regression(outputs: values.columns)
        case (.regression, .classes):
            return .regression(outputs: 1)
        }
    }
}
