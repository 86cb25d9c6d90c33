"""The client against a scripted lrlab side over real pipes."""

import io
import json
import os
import sys
import threading
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from lrlab_trainer import Channel, ProtocolError, Trial, connect, MAX_MESSAGE_BYTES  # noqa: E402
from lrlab_trainer.torch import LRLabScheduler  # noqa: E402


class ScriptedLRLab:
    """Answers each trainer message with the next scripted reply, recording what it received."""

    def __init__(self, replies):
        self.trainer_read, self.lab_write = os.pipe()
        self.lab_read, self.trainer_write = os.pipe()
        self.replies = list(replies)
        self.received = []
        self.thread = threading.Thread(target=self._serve)
        self.thread.start()

    def environ(self):
        return {"LRLAB_CHANNEL_IN": str(self.trainer_read), "LRLAB_CHANNEL_OUT": str(self.trainer_write)}

    def _serve(self):
        with os.fdopen(self.lab_read, "rb") as reader, os.fdopen(self.lab_write, "wb", buffering=0) as writer:
            for line in reader:
                self.received.append(json.loads(line))
                if not self.replies:
                    continue
                reply = self.replies.pop(0)
                writer.write(reply if isinstance(reply, bytes) else json.dumps(reply).encode() + b"\n")

    def join(self):
        self.thread.join(timeout=10)


TRIAL = {"type": "trial", "protocol": "lrlab.trainer/1", "trial_id": "t1", "seed": 7,
         "streams": {"shuffle": 11}, "config": {"model": {"params": {"depth": 4}}},
         "scratch": "/tmp/x", "epochs": 2, "lr": [0.1, 0.05], "momentum": None}


class FakeOptimizer:
    def __init__(self):
        self.param_groups = [{"lr": 1.0, "momentum": 0.0}, {"lr": 1.0, "betas": (0.9, 0.999)}]


class ClientTests(unittest.TestCase):
    def run_trainer(self, replies, body):
        lab = ScriptedLRLab(replies)
        try:
            trial = connect(lab.environ())
            body(trial)
            trial.close()
        finally:
            for fd in (lab.trainer_read, lab.trainer_write):
                try:
                    os.close(fd)
                except OSError:
                    pass  # already closed with the trial's channel
            lab.join()
        return lab.received

    def test_hello_trial_updates_and_stop(self):
        seen = []

        def body(trial):
            self.assertEqual(trial.seed, 7)
            self.assertEqual(trial.params, {"depth": 4})
            seen.append(trial.lr)
            self.assertTrue(trial.report_update(0.5, grad_norm=2.0))
            seen.append(trial.lr)
            self.assertFalse(trial.end_epoch({"val_loss": 0.25}))
            self.assertEqual(trial.stop_reason, "early stopping")

        received = self.run_trainer(
            [TRIAL, {"type": "rates", "lr": [0.2, 0.1], "momentum": 0.8},
             {"type": "stop", "reason": "early stopping"}], body)
        self.assertEqual(seen, [[0.1, 0.05], [0.2, 0.1]])
        self.assertEqual([m["type"] for m in received], ["hello", "update", "epoch", "bye"])
        self.assertEqual(received[0]["protocol"], "lrlab.trainer/1")
        self.assertEqual(received[1], {"type": "update", "train_loss": 0.5, "grad_norm": 2.0})
        self.assertEqual(received[2]["metrics"], {"val_loss": 0.25})

    def test_non_finite_loss_is_sent_as_null(self):
        received = self.run_trainer(
            [TRIAL, {"type": "stop", "reason": "diverged"}],
            lambda trial: trial.report_update(float("nan")))
        self.assertIsNone(received[1]["train_loss"])

    def test_save_and_load_call_the_handlers(self):
        calls = []

        def body(trial):
            trial.on_save = lambda path: calls.append(("save", path))
            trial.on_load = lambda path: calls.append(("load", path))
            self.assertTrue(trial.end_epoch({"val_loss": 1.0}))

        received = self.run_trainer(
            [TRIAL, {"type": "save", "path": "/a"}, {"type": "load", "path": "/b"},
             {"type": "rates", "lr": [0.3, 0.3]}], body)
        self.assertEqual(calls, [("save", "/a"), ("load", "/b")])
        self.assertEqual([m["type"] for m in received], ["hello", "epoch", "saved", "loaded"])

    def test_scheduler_sets_rates_and_momentum_on_parameter_groups(self):
        optimizer = FakeOptimizer()

        def body(trial):
            scheduler = LRLabScheduler(optimizer, trial)
            self.assertEqual(scheduler.get_last_lr(), [0.1, 0.05])
            scheduler.step(0.4)
            self.assertEqual(scheduler.get_last_lr(), [0.2, 0.1])
            self.assertEqual(optimizer.param_groups[0]["momentum"], 0.85)
            self.assertEqual(optimizer.param_groups[1]["betas"], (0.85, 0.999))

        self.run_trainer([TRIAL, {"type": "rates", "lr": [0.2, 0.1], "momentum": 0.85}], body)

    def test_wrong_protocol_version_is_refused(self):
        wrong = dict(TRIAL, protocol="lrlab.trainer/2")
        with self.assertRaises(ProtocolError):
            self.run_trainer([wrong], lambda trial: None)

    def test_malformed_and_overlong_messages_are_refused(self):
        for line in (b"not json\n", b"[1]\n", b"{\"type\": \"trial\"" + b" " * MAX_MESSAGE_BYTES + b"}\n"):
            channel = Channel(io.BytesIO(line), io.BytesIO())
            with self.assertRaises(ProtocolError):
                channel.receive()

    def test_missing_environment_is_a_clear_error(self):
        with self.assertRaises(ProtocolError) as caught:
            connect({})
        self.assertIn("not started by lrlab", str(caught.exception))


if __name__ == "__main__":
    unittest.main()
