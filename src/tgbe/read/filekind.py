"""What kind of file a path names, when it is neither a regular file nor a folder.

Devices, FIFOs and sockets are never read: ``/dev/zero`` never ends and a FIFO blocks
until someone writes to it.
"""

from __future__ import annotations

import os
import stat

_KINDS = ((stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"))


def special_kind(path: str) -> str | None:
    """What ``path`` is when it exists but is neither a regular file nor a folder."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return None
    for test, kind in _KINDS:
        if test(mode):
            return kind
    return None
