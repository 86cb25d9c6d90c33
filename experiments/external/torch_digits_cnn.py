"""A small PyTorch CNN on the digits images (8 × 8), trained under lrlab's schedule (lrlab.trainer/1).

Data: the digits CSV lrlab ships (Sources/LRConfig/Resources/Datasets/digits.csv), split by a
permutation from the trial's `data` stream seed: the first 1,408 rows train (22 batches of 64),
the rest validate. Weights from the `init` stream seed, batch order from `shuffle`; one thread
and deterministic algorithms, so a trial is a function of what lrlab sends.
`model.params`: `channels` (default 16). The optimizer is `optimizer.kind` (sgd or adam) with
the file's momentum / betas and weight decay; lrlab sets the rate of every update.
Only the five marked lines are lrlab's; the rest is an ordinary PyTorch loop.
"""

import csv
import os
import sys

import numpy as np
import torch
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
sys.path.insert(0, os.path.join(ROOT, "python"))
from lrlab_trainer import connect  # noqa: E402  # lrlab 1
from lrlab_trainer.torch import LRLabScheduler  # noqa: E402  # lrlab 1

TRAIN_ROWS = 1408


def load_digits(seed):
    path = os.path.join(ROOT, "Sources", "LRConfig", "Resources", "Datasets", "digits.csv")
    with open(path, newline="") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    target = header.index("target")
    values = np.array([[float(cell) for cell in row] for row in body], dtype=np.float32)
    labels = values[:, target].astype(np.int64)
    pixels = np.delete(values, target, axis=1) / 16.0
    order = np.random.default_rng(seed).permutation(len(labels))
    images = torch.from_numpy(pixels[order].reshape(-1, 1, 8, 8))
    labels = torch.from_numpy(labels[order])
    return images[:TRAIN_ROWS], labels[:TRAIN_ROWS], images[TRAIN_ROWS:], labels[TRAIN_ROWS:]


def make_model(channels):
    return nn.Sequential(
        nn.Conv2d(1, channels, 3, padding=1), nn.ReLU(),
        nn.Conv2d(channels, 2 * channels, 3, padding=1), nn.ReLU(),
        nn.MaxPool2d(2), nn.Flatten(),
        nn.Linear(2 * channels * 16, 10),
    )


def make_optimizer(config, parameters):
    settings = config.get("optimizer", {})
    kind = settings.get("kind", "sgd")
    decay = float(settings.get("weight_decay", 0.0))
    if kind == "adam":
        betas = tuple(settings.get("betas", [0.9, 0.999]))
        return torch.optim.Adam(parameters, lr=0.0, betas=betas, weight_decay=decay)
    if kind == "sgd":
        return torch.optim.SGD(parameters, lr=0.0, momentum=float(settings.get("momentum", 0.0)), weight_decay=decay)
    raise SystemExit("torch_digits_cnn.py trains with optimizer kind sgd or adam, not %r" % kind)


def main():
    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)
    trial = connect()  # lrlab 2
    train_x, train_y, val_x, val_y = load_digits(trial.streams["data"])
    torch.manual_seed(trial.streams["init"])
    model = make_model(int(trial.params.get("channels", 16)))
    optimizer = make_optimizer(trial.config, model.parameters())
    scheduler = LRLabScheduler(optimizer, trial)  # lrlab 3
    batch = int(trial.config.get("train", {}).get("batch_size", 64))
    shuffle = torch.Generator().manual_seed(trial.streams["shuffle"])
    loss_fn = nn.CrossEntropyLoss()
    going = True
    while going:
        model.train()
        order = torch.randperm(len(train_y), generator=shuffle)
        for start in range(0, len(order), batch):
            rows = order[start:start + batch]
            optimizer.zero_grad()
            loss = loss_fn(model(train_x[rows]), train_y[rows])
            loss.backward()
            optimizer.step()
            if not scheduler.step(loss.item()):  # lrlab 4
                going = False
                break
        if not going:
            break
        model.eval()
        with torch.no_grad():
            logits = model(val_x)
            val_loss = loss_fn(logits, val_y).item()
            accuracy = (logits.argmax(1) == val_y).float().mean().item()
        going = scheduler.end_epoch({"val_loss": val_loss, "val_accuracy": accuracy})  # lrlab 5
    trial.close()


if __name__ == "__main__":
    main()
