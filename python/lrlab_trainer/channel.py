"""The line-delimited JSON channel between lrlab and a trainer."""

import json
import os

PROTOCOL = "lrlab.trainer/1"

# The longest line either side sends or accepts, newline included (lrlab enforces the same).
MAX_MESSAGE_BYTES = 1 << 20


class ProtocolError(Exception):
    """lrlab sent something the protocol does not allow, or the channel closed early."""


class Channel:
    """Reads lrlab's messages from ``reader`` and writes the trainer's to ``writer``
    (binary file objects)."""

    def __init__(self, reader, writer):
        self._reader = reader
        self._writer = writer

    @classmethod
    def from_environment(cls, environ=None):
        environ = os.environ if environ is None else environ
        try:
            read_fd = int(environ["LRLAB_CHANNEL_IN"])
            write_fd = int(environ["LRLAB_CHANNEL_OUT"])
        except (KeyError, ValueError):
            raise ProtocolError(
                "not started by lrlab: LRLAB_CHANNEL_IN and LRLAB_CHANNEL_OUT must name file descriptors")
        return cls(os.fdopen(read_fd, "rb", buffering=0), os.fdopen(write_fd, "wb", buffering=0))

    def send(self, message):
        line = json.dumps(message, separators=(",", ":"), allow_nan=False).encode("utf-8") + b"\n"
        if len(line) > MAX_MESSAGE_BYTES:
            raise ProtocolError("message of %d bytes exceeds %d" % (len(line), MAX_MESSAGE_BYTES))
        self._writer.write(line)

    def receive(self):
        line = self._reader.readline(MAX_MESSAGE_BYTES + 1)
        if not line:
            raise ProtocolError("lrlab closed the channel")
        if not line.endswith(b"\n"):
            raise ProtocolError("message longer than %d bytes or cut short" % MAX_MESSAGE_BYTES)
        try:
            message = json.loads(line.decode("utf-8"))
        except ValueError as error:
            raise ProtocolError("malformed message from lrlab: %s" % error)
        if not isinstance(message, dict) or not isinstance(message.get("type"), str):
            raise ProtocolError("a message must be a JSON object with a string 'type'")
        return message

    def close(self):
        self._writer.close()
        self._reader.close()

    def request(self, message):
        self.send(message)
        return self.receive()
