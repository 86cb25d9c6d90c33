"""One trial as the trainer sees it: its description, the rates in force, and reports."""

import math

from .channel import Channel, ProtocolError, PROTOCOL


class Trial:
    """The trial lrlab started this process for.

    ``lr`` (one rate per parameter group) and ``momentum`` (None when the schedule does not
    cycle it) are the values for the next update; ``report_update`` and ``end_epoch`` replace
    them with the following ones. ``on_save(path)`` and ``on_load(path)`` are called when lrlab
    asks for a checkpoint (pbt); set them before the first ``end_epoch``.
    """

    def __init__(self, channel):
        self._channel = channel
        try:
            answer = channel.request({"type": "hello", "protocol": PROTOCOL})
            if answer.get("type") != "trial":
                raise ProtocolError("expected 'trial' after 'hello', got %r" % answer.get("type"))
            if answer.get("protocol") != PROTOCOL:
                raise ProtocolError("lrlab speaks %r, this client %r" % (answer.get("protocol"), PROTOCOL))
        except BaseException:
            # A refused handshake leaves no descriptor open behind it.
            channel.close()
            raise
        self.description = answer
        self.trial_id = answer.get("trial_id")
        self.seed = answer.get("seed")
        self.streams = answer.get("streams", {})
        self.config = answer.get("config", {})
        self.scratch = answer.get("scratch")
        self.epochs = answer.get("epochs")
        self.on_save = None
        self.on_load = None
        self.stopped = False
        self.stop_reason = None
        self._take_rates(answer)

    @property
    def params(self):
        """The free-form ``model.params`` of the resolved configuration."""
        return self.config.get("model", {}).get("params", {})

    @property
    def data_params(self):
        """The free-form ``data.params`` of the resolved configuration."""
        return self.config.get("data", {}).get("params", {})

    def report_update(self, train_loss, grad_norm=None):
        """Reports the update just made; returns False when lrlab stops the trial."""
        message = {"type": "update", "train_loss": _number(train_loss)}
        if grad_norm is not None:
            message["grad_norm"] = _number(grad_norm)
        return self._follow(self._channel.request(message))

    def end_epoch(self, metrics):
        """Reports an epoch's metrics (name → number); returns False when the trial must stop."""
        message = {"type": "epoch", "metrics": {str(k): _number(v) for k, v in metrics.items()}}
        return self._follow(self._channel.request(message))

    def close(self):
        """Closes the channel (lrlab then expects the process to exit)."""
        self._channel.close()

    def _follow(self, answer):
        while True:
            kind = answer.get("type")
            if kind == "rates":
                self._take_rates(answer)
                return True
            if kind == "stop":
                self.stopped = True
                self.stop_reason = answer.get("reason")
                self._channel.send({"type": "bye"})
                return False
            if kind in ("save", "load"):
                handler = self.on_save if kind == "save" else self.on_load
                if handler is None:
                    raise ProtocolError("lrlab asked to %s a checkpoint; set Trial.on_%s" % (kind, kind))
                handler(answer["path"])
                answer = self._channel.request({"type": "saved" if kind == "save" else "loaded"})
                continue
            raise ProtocolError("unexpected message %r" % kind)

    def _take_rates(self, message):
        rates = message.get("lr")
        if not isinstance(rates, list) or not rates or not all(isinstance(r, (int, float)) for r in rates):
            raise ProtocolError("'lr' must be a non-empty list of numbers")
        self.lr = [float(r) for r in rates]
        momentum = message.get("momentum")
        self.momentum = None if momentum is None else float(momentum)


def _number(value):
    value = float(value)
    # JSON has no NaN or infinity: lrlab reads null as a non-finite loss (divergence).
    return value if math.isfinite(value) else None


def connect(environ=None):
    """The trial of this process, from the channel lrlab opened for it."""
    return Trial(Channel.from_environment(environ))
