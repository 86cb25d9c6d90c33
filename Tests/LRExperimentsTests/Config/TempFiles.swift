/// A minimal valid data experiment to build variants from.
let minimalExperiment = """
    version: 1
    name: minimal
    data: {source: iris}
    model: {kind: mlp}
    optimizer: {kind: adam}
    train: {epochs: 3}

    """
