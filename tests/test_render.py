from rich.console import Console
from tests.conftest import SYNTH_TEXT

from newsgold.render import marked_text, regions, render, render_unannotated
from newsgold.schema import Claim, DocAnnotation, Quote, Source, Stance

DOC = DocAnnotation(
    doc_id="synth",
    quotes=[Quote("q1", "direct", [(28, 41)], Source((43, 56), "E_SPOKESMAN"), (57, 61))],
    claims=[Claim("c1", [(28, 40)], "E_SPOKESMAN", "factual", False, "q1")],
    stances=[Stance("E_HER", "T_TALKS", "against")],
)


def plain(renderable) -> str:
    console = Console(width=200, no_color=True, force_terminal=False)
    with console.capture() as cap:
        console.print(renderable)
    return cap.get()


def test_marks_are_inserted_at_code_point_offsets():
    text = marked_text(SYNTH_TEXT, regions(DOC, ("quotes",))).plain
    assert text.startswith("Officials 🇮🇷 met 👋🏽 today. “[q1›We will talk,‹q1]” <q1 the spokesman> {q1 said}.")


def test_nested_regions_close_inner_first():
    text = marked_text(SYNTH_TEXT, regions(DOC, ("quotes", "claims"))).plain
    assert "“[q1›⟨c1 We will talk c1⟩,‹q1]”" in text


def test_layer_selection_and_tables():
    out = plain(render(DOC, SYNTH_TEXT, ("stances",), {"E_HER": "Her Name"}))
    assert "[q1›" not in out and "⟨c1" not in out
    assert "Her Name" in out and "T_TALKS" in out and "against" in out
    out = plain(render(DOC, SYNTH_TEXT, ("quotes",), {"E_SPOKESMAN": "A Spokesman"}))
    assert "A Spokesman (E_SPOKESMAN)" in out and "We will talk," in out


def test_a_document_without_annotations_is_its_text_then_the_note():
    text = SYNTH_TEXT.replace("\n", "\r\n") + "Line two 🇺🇦.\r\n"
    out = plain(render_unannotated(text, "'synth' has no gold yet"))
    assert out.startswith(text.replace("\r\n", "\n").rstrip("\n")) and out.rstrip().endswith("'synth' has no gold yet")
    assert "›" not in out and "<q" not in out
