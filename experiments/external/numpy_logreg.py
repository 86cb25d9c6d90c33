"""A NumPy logistic regression trained under lrlab's schedule (lrlab.trainer/1).

Data: two Gaussian blobs drawn from the trial's `data` stream seed; batches shuffled from its
`shuffle` stream seed; so the trial is a function of what lrlab sends. `model.params`:
`l2` (weight decay, default 0). `data.params`: `samples` (default 400), `spread` (default 1.0).
Prints every rate it received (`lr <repr>`), which the tests compare with lrlab's schedule.
"""

import os
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "python"))
from lrlab_trainer import connect  # noqa: E402


def main():
    trial = connect()
    samples = int(trial.data_params.get("samples", 400))
    spread = float(trial.data_params.get("spread", 1.0))
    l2 = float(trial.params.get("l2", 0.0))
    batch = int(trial.config.get("train", {}).get("batch_size", 32))

    data_rng = np.random.default_rng(trial.streams["data"])
    labels = (np.arange(samples) % 2).astype(np.float64)
    centers = np.where(labels[:, None] == 1.0, 1.0, -1.0) * np.array([1.0, 0.5])
    features = centers + spread * data_rng.standard_normal((samples, 2))
    cut = samples * 3 // 4
    train_x, train_y, val_x, val_y = features[:cut], labels[:cut], features[cut:], labels[cut:]
    shuffle_rng = np.random.default_rng(trial.streams["shuffle"])

    weights = np.zeros(3)
    velocity = np.zeros(3)

    def save(path):
        np.save(path, np.concatenate([weights, velocity]), allow_pickle=False)
        print("saved %s" % os.path.basename(path))

    def load(path):
        state = np.load(path if path.endswith(".npy") else path + ".npy", allow_pickle=False)
        weights[:], velocity[:] = state[:3], state[3:]
        print("loaded %s" % os.path.basename(path))

    trial.on_save, trial.on_load = save, load

    def loss_and_gradient(x, y):
        logits = x @ weights[:2] + weights[2]
        p = 1.0 / (1.0 + np.exp(-logits))
        eps = 1e-12
        loss = -np.mean(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)) + 0.5 * l2 * weights @ weights
        error = (p - y) / len(y)
        gradient = np.concatenate([x.T @ error, [error.sum()]]) + l2 * weights
        return loss, gradient, p

    going = True
    while going:
        order = shuffle_rng.permutation(cut)
        for start in range(0, cut, batch):
            rows = order[start:start + batch]
            loss, gradient, _ = loss_and_gradient(train_x[rows], train_y[rows])
            lr = trial.lr[0]
            momentum = trial.momentum if trial.momentum is not None else 0.9
            print("lr %r" % lr)
            velocity[:] = momentum * velocity + gradient
            weights[:] -= lr * velocity
            if not trial.report_update(loss, float(np.linalg.norm(gradient))):
                going = False
                break
        if not going:
            break
        val_loss, _, p = loss_and_gradient(val_x, val_y)
        accuracy = float(np.mean((p > 0.5) == (val_y == 1.0)))
        going = trial.end_epoch({"val_loss": float(val_loss), "val_accuracy": accuracy})
    trial.close()


if __name__ == "__main__":
    main()
