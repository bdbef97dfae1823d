"""Errors a user can cause: each carries one clear sentence and the CLI's exit code."""

from __future__ import annotations

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_USAGE = 2
EXIT_MODEL = 3
EXIT_INTERNAL = 4  # a bug: reported with its traceback
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT


class UserError(Exception):
    """A failure the user can fix; the CLI prints its message (no traceback) and exits with `exit_code`."""

    exit_code = EXIT_USAGE


class InputError(UserError):
    """Unreadable, empty or binary input, or a bad option value."""

    exit_code = EXIT_USAGE


class ModelError(UserError):
    """A model that cannot be found, downloaded or loaded."""

    exit_code = EXIT_MODEL
