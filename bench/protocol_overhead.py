"""Times lrlab.trainer/1 on the NumPy example trainer: runs experiments/external/numpy_logreg.py
unchanged, with the client's report_update wrapped in a timer, and prints the median and the
quartiles of the round trip (report → lrlab ticks the schedule → the next rates) in µs.
Started by lrlab through bench/protocol-overhead.yaml (bench/protocol-overhead.sh)."""

import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "python"))
sys.path.insert(0, os.path.join(HERE, "..", "experiments", "external"))

import lrlab_trainer.trial as client  # noqa: E402
import numpy_logreg  # noqa: E402

samples = []
report_update = client.Trial.report_update


def timed(self, train_loss, grad_norm=None):
    start = time.perf_counter()
    going = report_update(self, train_loss, grad_norm)
    samples.append(time.perf_counter() - start)
    return going


client.Trial.report_update = timed
numpy_logreg.print = lambda *args, **kwargs: None  # the example's per-update log lines
numpy_logreg.main()
micro = sorted(1e6 * s for s in samples)
q1, median, q3 = statistics.quantiles(micro, n=4)
sys.stderr.write("protocol round trip over %d updates: median %.1f µs (quartiles %.1f–%.1f)\n"
                 % (len(micro), median, q1, q3))
