"""Client of lrlab's external trainer protocol, ``lrlab.trainer/1`` (docs/trainer-protocol.md).

lrlab starts the trainer once per trial with two extra file descriptors: it reads the
trainer's messages from ``LRLAB_CHANNEL_OUT`` and writes its answers to ``LRLAB_CHANNEL_IN``
(both descriptor numbers, in the environment). Every message is one line of JSON. The
trainer's own stdout and stderr stay free for its log.

Standard library only.
"""

from .channel import Channel, ProtocolError, MAX_MESSAGE_BYTES, PROTOCOL
from .trial import Trial, connect

__all__ = ["Channel", "ProtocolError", "MAX_MESSAGE_BYTES", "PROTOCOL", "Trial", "connect"]
