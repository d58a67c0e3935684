"""Each toolkit module is imported once, even though the suite also collects their doctests.

(A second copy would make `pytest.raises(ToolkitError)` miss errors raised by the copy.)
"""

import sys


def test_modules_are_not_imported_twice():
    import toolkit
    import toolkit.errors
    import toolkit.keys

    assert sys.modules["toolkit.keys"] is toolkit.keys
    assert toolkit.load_key is toolkit.keys.load_key
    assert toolkit.ToolkitError is toolkit.errors.ToolkitError
