"""Stage "write": the instance, the extension schema and linkbases, and a copy of the
base taxonomy, into one folder that validates on its own. Same input, same bytes."""

from __future__ import annotations

import shutil
from pathlib import Path

from xbrlify.emit.instance import instance_document
from xbrlify.emit.linkbases import calculation_linkbase, definition_linkbase, presentation_linkbase
from xbrlify.emit.model import Calculation, ConceptRef, DocumentFact, ExtensionConcept, FilingOutput, Network
from xbrlify.emit.schema import extension_schema, label_linkbase
from xbrlify.emit.xml import write_xml

__all__ = ["Calculation", "ConceptRef", "DocumentFact", "ExtensionConcept", "FilingOutput", "Network", "write_filing"]


def write_filing(output: FilingOutput, folder: Path, base_taxonomy: Path) -> list[Path]:
    """Write every file into `folder` (which must exist and be empty); return the paths."""
    shutil.copytree(base_taxonomy, folder / "xbrlify")
    files = {
        f"{output.stem}.xsd": extension_schema(output),
        f"{output.stem}_lab.xml": label_linkbase(output),
        f"{output.stem}_pre.xml": presentation_linkbase(output),
        f"{output.stem}_cal.xml": calculation_linkbase(output),
        f"{output.stem}_def.xml": definition_linkbase(output),
        f"{output.stem}.xml": instance_document(output),
    }
    for name, root in files.items():
        write_xml(folder / name, root)
    return [folder / name for name in files]
