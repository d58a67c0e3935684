"""Pick a multiple-choice option by its place in the quiz file, whatever order it is shown in."""


def choose(view, written_index):
    """Select option ``written_index`` (as written in the quiz file); None clears the choice."""
    radio = view.controls[0]
    if written_index is None:
        radio.index = None
        return
    if view.q.type == "choice":
        text = view.q.options[written_index].text
        radio.index = [o.text for o in view.options].index(text)
    else:
        radio.index = written_index


def tick(view, written_index, value=True):
    """Tick (or untick) the checkbox of option ``written_index`` as written in the quiz file."""
    text = view.q.options[written_index].text
    view.controls[[o.text for o in view.options].index(text)].value = value
