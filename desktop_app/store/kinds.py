"""What the names table's kind column means; verdict id 1 is reserved for "ok" so indexes can leave ok rows out."""

from __future__ import annotations

KIND_PLATFORM, KIND_URL, KIND_VERDICT, KIND_NETWORK = 1, 2, 3, 4
OK_VERDICT_ID = 1
