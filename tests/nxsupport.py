"""What the networkx scripts share: networkx, or exit code 3, which the
tests read as "not installed" (a skip outside CI, a failure under CI). Any
other failure of a script is a test failure."""
import sys

NOT_INSTALLED = 3


def networkx():
    try:
        import networkx
    except ImportError as error:
        print(f"python3-networkx is not installed: {error}", file=sys.stderr)
        sys.exit(NOT_INSTALLED)
    return networkx
