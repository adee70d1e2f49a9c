"""Why a build stops: raised inside Pelican's run, reported by `generator.build`
as a message and an exit code, never as a traceback."""


class BuildStopped(Exception):
    """The build cannot go on; the message tells the author why and what to do."""


class ContentError(BuildStopped):
    """The content has errors; the build writes nothing."""


class ThemeError(BuildStopped):
    """The theme would publish something it must not."""
