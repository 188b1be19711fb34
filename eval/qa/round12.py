"""The table of adversarial round 12 from the harness's results files.

``python eval/qa/round12.py BEFORE.json[,MORE.json] AFTER.json[,MORE.json] > eval/qa/round12.md``: each
side may be several files (a later file's result for a case number replaces an earlier one's);
rows are the cases of the after side, by number (round5.py's table); the text around it is
round12_text.md (the head up to the line ``<!-- table -->``, the rest after the table).
"""

from pathlib import Path

import round5


def main() -> None:
    text = (Path(__file__).parent / "round12_text.md").read_text(encoding="utf-8")
    round5.HEAD, round5.FOOT = text.split("<!-- table -->\n")  # the same table, this round's text
    round5.main()


if __name__ == "__main__":
    main()
