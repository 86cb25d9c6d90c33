/// An iris experiment to build variants from (as the library tests use it).
func irisExperiment(seed: Int = 7, optimizer: String = "{kind: sgd, lr: 0.1, momentum: 0.9}",
                    extra: String = "", sweep: String? = nil) -> String {
    var text = """
        version: 1
        name: iris-sweep
        seed: \(seed)
        data: {source: iris}
        model: {kind: mlp, hidden: [8]}
        optimizer: \(optimizer)
        train: {epochs: 2, batch_size: 16}

        """
    text += extra
    if let sweep { text += "sweep:\n" + sweep }
    return text
}
