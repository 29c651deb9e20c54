from hypothesis import given
from hypothesis import strategies as st

from crosswire.model import OffsetMap


def _build(chunks: list[tuple[int, int]]) -> tuple[str, str, OffsetMap]:
    """Copy chunks (skip, keep) of a synthetic input into a text joined by '\\n\\n', as a reader does."""
    source_parts, text_parts, m = [], [], OffsetMap()
    pos_in, pos_text = 0, 0
    for i, (skip, keep) in enumerate(chunks):
        source_parts.append("x" * skip)
        pos_in += skip
        piece = "".join(chr(97 + (pos_in + k) % 26) for k in range(keep))
        source_parts.append(piece)
        if i:
            text_parts.append("\n\n")
            pos_text += 2
        m.add(pos_text, pos_in, keep)
        text_parts.append(piece)
        pos_in += keep
        pos_text += keep
    return "".join(source_parts), "".join(text_parts), m


@given(st.lists(st.tuples(st.integers(0, 5), st.integers(1, 8)), min_size=1, max_size=8), st.data())
def test_model_offsets_every_mapped_span_is_the_source_text(chunks: list[tuple[int, int]], data: st.DataObject) -> None:
    source, text, m = _build(chunks)
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    mapped = m.span_to_input(start, end)
    if "\n" in text[start:end]:
        return  # spans across an inserted separator map to the enclosing input range, not verbatim
    assert mapped is not None
    assert source[mapped[0] : mapped[1]] == text[start:end]


def test_model_offsets_separator_maps_to_none() -> None:
    _, text, m = _build([(2, 3), (1, 3)])
    assert text[3:5] == "\n\n"
    assert m.to_input(3) is None
    assert m.to_input(0) == 2
