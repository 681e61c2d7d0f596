"""The responses that serve a services dataclass are derived from it (``schemas.model_of``):
their properties are the dataclass's fields, in its order, with its types and defaults, less
the differences each declares; no hand-written response restates a services dataclass; and
the routes answer with the keys in the dataclass's order."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
from dataclasses import dataclass, field
from typing import Any, get_type_hints

import pytest
from pydantic import BaseModel
from server_seed import ANA

import desktop_app.services
from desktop_app.server import schemas
from desktop_app.server.api import schemas_catalog as catalog
from desktop_app.server.api import schemas_people as people
from desktop_app.server.api import settings as settings_api
from desktop_app.server.schemas import View, model_of
from desktop_app.services.catalog import CopyView
from desktop_app.services.catalog.lists import AuthorLine, AuthorRecord, BookLine, CopyLine
from desktop_app.services.circulation.lending import CheckinResult
from desktop_app.services.circulation.lists import FeeRecord, HoldRecord, LoanRecord
from desktop_app.services.reports import OverdueRow

# model: (dataclass, fields left out, properties added)
DERIVED: dict[Any, tuple[type, tuple[str, ...], tuple[str, ...]]] = {
    catalog.AuthorOut: (AuthorLine, (), ()),
    catalog.AuthorDetail: (AuthorRecord, (), ()),
    catalog.BookSummary: (BookLine, (), ()),
    catalog.CopyOut: (CopyLine, (), ()),
    catalog.BookCopy: (CopyView, ("borrower", "borrower_card"), ()),
    people.LoanOut: (LoanRecord, (), ()),
    people.HoldOut: (HoldRecord, (), ()),
    people.FeeOut: (FeeRecord, (), ()),
    people.OverdueOut: (OverdueRow, ("address",), ()),
    people.CheckinOut: (CheckinResult, ("loan_uuid", "fee_uuid", "hold_uuid", "lost_fee_waived_cents",
                                        "lost_fee_paid_cents", "changes"), ("message",)),
}


@pytest.mark.parametrize("model", DERIVED, ids=lambda m: m.__name__)
def test_a_derived_response_has_its_dataclass_fields_less_the_declared_differences(model):
    source, left_out, added = DERIVED[model]
    assert issubclass(model, View)
    names = [f.name for f in dataclasses.fields(source) if f.name not in left_out]
    assert list(model.model_fields) == [*names, *added]
    hints = get_type_hints(source)
    for f in dataclasses.fields(source):
        if f.name in left_out:
            continue
        assert model.model_fields[f.name].annotation == hints[f.name], f.name
        assert model.model_fields[f.name].is_required() == (f.default is dataclasses.MISSING
                                                            and f.default_factory is dataclasses.MISSING), f.name
    schema = model.model_json_schema(mode="serialization")
    assert list(schema["properties"]) == [*names, *added]
    assert "description" not in schema  # none was declared: the dataclass's docstring is not the API's


def _services_dataclasses() -> list[type]:
    found: dict[str, type] = {}
    for info in pkgutil.walk_packages(desktop_app.services.__path__, "desktop_app.services."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if dataclasses.is_dataclass(value) and isinstance(value, type) and value.__module__ == info.name:
                found[f"{info.name}.{name}"] = value
    return list(found.values())


def _responses() -> list[type[BaseModel]]:
    """The response models of the REST resources (request bodies are ``Strict``)."""
    out = []
    for module in (schemas, catalog, people, settings_api):
        for value in vars(module).values():
            if (inspect.isclass(value) and issubclass(value, BaseModel) and value is not BaseModel
                    and not issubclass(value, schemas.Strict) and value.__module__.startswith("desktop_app")):
                out.append(value)
    return out


def test_no_hand_written_response_restates_a_services_dataclass():
    dataclasses_fields = [(dc, {f.name for f in dataclasses.fields(dc)}) for dc in _services_dataclasses()]
    assert len(dataclasses_fields) > 20
    restated = []
    for model in _responses():
        if issubclass(model, View) or len(model.model_fields) < 2:
            continue
        names = set(model.model_fields)
        restated += [f"{model.__name__} restates {dc.__qualname__}" for dc, fields in dataclasses_fields
                     if names <= fields]
    assert not restated, restated


def test_model_of_takes_defaults_descriptions_and_properties_from_the_dataclass():
    @dataclass(frozen=True)
    class Sample:
        id: int
        note: str | None = field(default=None, metadata={"description": "Free text", "title": "Note"})
        tags: list[str] = field(default_factory=list)
        secret: str = ""

        @property
        def shout(self) -> str:
            return (self.note or "").upper()

    model = model_of(Sample, name="SampleOut", doc="A sample.", exclude=("secret",), properties=("shout",))
    schema = model.model_json_schema(mode="serialization")
    assert list(schema["properties"]) == ["id", "note", "tags", "shout"]
    assert schema["required"] == ["id", "shout"]
    assert schema["description"] == "A sample."
    assert schema["properties"]["note"]["description"] == "Free text"
    assert schema["properties"]["note"]["title"] == "Note"
    assert model.model_validate(Sample(1, "hi", secret="x")).model_dump() == {
        "id": 1, "note": "hi", "tags": [], "shout": "HI"}
    with pytest.raises(TypeError, match="no fields"):
        model_of(Sample, name="Bad", exclude=("nope",))
    with pytest.raises(TypeError, match="not a property"):
        model_of(Sample, name="Bad", properties=("id",))


@pytest.mark.parametrize("path, source", [
    ("/authors", AuthorLine), ("/books", BookLine), ("/copies", CopyLine), ("/loans", LoanRecord),
    ("/holds", HoldRecord), ("/fees", FeeRecord), ("/reports/overdue", OverdueRow),
])
def test_the_lists_answer_in_the_dataclass_order(sqlite_api, path, source):
    source_model = {dc: m for m, (dc, _, _) in DERIVED.items()}[source]
    r = sqlite_api.client.get(path, params={"status": "all"} if path in ("/loans", "/holds", "/fees") else {},
                              headers=sqlite_api.token("admin"))
    assert r.status_code == 200, r.text
    items = r.json()["items"]
    assert items
    assert all(list(item) == list(source_model.model_fields) for item in items)


def test_the_single_reads_answer_in_the_dataclass_order(sqlite_api):
    headers = sqlite_api.token("desky")
    for path, model in (("/authors/1", catalog.AuthorDetail), ("/copies/3100000", catalog.CopyOut),
                        ("/loans/1", people.LoanOut), ("/holds/1", people.HoldOut), ("/fees/1", people.FeeOut)):
        r = sqlite_api.client.get(path, headers=headers)
        assert r.status_code == 200, (path, r.text)
        assert list(r.json()) == list(model.model_fields), path
    book = sqlite_api.client.get("/books/1", headers=sqlite_api.token(ANA[0])).json()
    assert [list(c) for c in book["copies"]] == [list(catalog.BookCopy.model_fields)] * len(book["copies"])
    done = sqlite_api.client.post("/loans/checkin", json={"barcode": "3100000"}, headers=headers)
    assert done.status_code == 200, done.text
    assert list(done.json()) == list(people.CheckinOut.model_fields)
    assert done.json()["message"].startswith("'Dune volume 0' (3100000) returned by Ana Ruiz")
