"""/books, /authors, /copies: lists compared with the database, search, filters, sorting,
pagination, and the roles allowed to change the catalog."""

from __future__ import annotations

import pytest
from helpers import error, walk
from server_seed import ANA
from sqlalchemy import func, select

from desktop_app.db.models import Author, Book, Copy


def _db(api, stmt):
    with api.services.library.read() as s:
        return list(s.scalars(stmt))


def test_books_pages_match_the_database_in_every_sort(api):
    for sort, column in (("title", Book.title_sort), ("author", Book.author_sort), ("added", Book.created_at)):
        for order in ("asc", "desc"):
            items, total = walk(api, "/books", ANA[0], sort=sort, order=order)
            key = (column.desc(), Book.id.desc()) if order == "desc" else (column, Book.id)
            assert [b["id"] for b in items] == _db(api, select(Book.id).order_by(*key))
            assert total == 30
    items, _ = walk(api, "/books", "admin", sort="year", order="desc", limit=4)
    assert [b["year"] for b in items] == sorted((b["year"] for b in items), reverse=True)


@pytest.mark.parametrize("params, condition", [
    ({"year": 1960}, Book.year == 1960),
    ({"year_from": 1970, "year_to": 1975}, Book.year.between(1970, 1975)),
    ({"language": "spa"}, Book.language == "spa"),
    ({"author": "le guin"}, Book.author_names == "Ursula Le Guin"),
    ({"author": "LEM"}, Book.author_names == "Stanisław Lem"),
])
def test_book_filters_match_the_database(api, params, condition):
    items, total = walk(api, "/books", "desky", **params)
    expected = _db(api, select(Book.id).where(condition).order_by(Book.title_sort, Book.id))
    assert [b["id"] for b in items] == expected and total == len(expected) > 0


def test_available_filter_and_counts(api):
    items, _ = walk(api, "/books", "desky", available=False)
    on_shelf = select(Copy.book_id).where(Copy.status == "available")
    assert {b["id"] for b in items} == set(_db(api, select(Book.id).where(Book.id.not_in(on_shelf))))
    assert all(b["available"] == 0 for b in items)
    items, _ = walk(api, "/books", "desky", available=True)
    assert len(items) == 30 - len(_db(api, select(Book.id).where(Book.id.not_in(on_shelf))))


def test_search_is_the_desk_search(api):
    items, total = walk(api, "/books", ANA[0], q="solaris", limit=2)
    expected = set(_db(api, select(Book.id).where(Book.title.like("Solaris%"))))
    assert {b["id"] for b in items} == expected and total == len(expected) == 6
    items, _ = walk(api, "/books", ANA[0], q="solaris", language="eng")
    assert {b["id"] for b in items} == set(_db(api, select(Book.id).where(Book.title.like("Solaris%"),
                                                                           Book.language == "eng")))
    items, _ = walk(api, "/books", ANA[0], q="herbert foundation")
    assert items and all("Herbert" in b["authors"] for b in items)
    items, _ = walk(api, "/books", ANA[0], q="solaris", sort="year", order="desc")
    assert [b["year"] for b in items] == sorted((b["year"] for b in items), reverse=True)
    assert walk(api, "/books", ANA[0], q='"); DROP TABLE books; --')[1] == 0


def test_cursor_errors(api):
    first = api.client.get("/books", params={"limit": 5}, headers=api.token("admin")).json()
    wrong = api.client.get("/books", params={"limit": 5, "cursor": first["next_cursor"], "language": "spa"},
                           headers=api.token("admin"))
    assert error(wrong, 400, "bad_cursor")["field"] == "cursor"
    error(api.client.get("/books", params={"cursor": "%%%"}, headers=api.token("admin")), 400, "bad_cursor")
    error(api.client.get("/books", params={"limit": 201}, headers=api.token("admin")), 422, "invalid_input")


def test_book_detail_and_not_found(api):
    book_id = _db(api, select(Book.id).order_by(Book.id))[0]
    r = api.client.get(f"/books/{book_id}", headers=api.token(ANA[0]))
    assert r.status_code == 200 and r.json()["authors"][0]["name"] == "Ursula Le Guin"
    assert "borrower" not in r.text and "Ana" not in r.text  # no borrower names in the catalog
    assert error(api.client.get("/books/999999", headers=api.token("admin")), 404, "not_found")
    error(api.client.get("/books/0", headers=api.token("admin")), 422)
    error(api.client.get("/books"), 401, "authentication_failed")


def test_add_edit_delete_book_by_role(api):
    body = {"title": "The Dispossessed", "year": 1974, "language": "eng", "isbn": "978-0-06-051275-0",
            "authors": [{"name": "Ursula Le Guin"}], "copies": [{"location": "Main"}, {"barcode": "X-77"}]}
    for who in (ANA[0], "desky"):
        error(api.client.post("/books", json=body, headers=api.token(who)), 403, "permission_denied")
    r = api.client.post("/books", json=body, headers=api.token("libby"))
    assert r.status_code == 201, r.text
    book = r.json()
    assert r.headers["Location"] == f"/books/{book['id']}"
    assert book["isbn13"] == "9780060512750" and len(book["copies"]) == 2
    assert _db(api, select(func.count()).select_from(Author).where(Author.name == "Ursula Le Guin")) == [1]
    assert walk(api, "/books", "libby", q="9780060512750")[1] == 1
    bad = api.client.post("/books", json={**body, "isbn": "978-0-06-051275-1"}, headers=api.token("libby"))
    assert error(bad, 422, "invalid_input")["field"] == "isbn"
    blank = api.client.post("/books", json={**body, "title": " "}, headers=api.token("libby"))
    assert error(blank, 422)["field"] == "title"
    dup = api.client.post("/books", json={**body, "copies": [{"barcode": "X-77"}]}, headers=api.token("libby"))
    error(dup, 409, "conflict")
    edit = {**{k: v for k, v in body.items() if k != "copies"}, "title": "The Dispossessed: An Ambiguous Utopia",
            "expected_version": 1}
    r = api.client.put(f"/books/{book['id']}", json=edit, headers=api.token("libby"))
    assert r.status_code == 200 and r.json()["version"] == 2
    stale = api.client.put(f"/books/{book['id']}", json=edit, headers=api.token("libby"))
    error(stale, 409, "conflict")
    error(api.client.delete(f"/books/{book['id']}", headers=api.token("desky")), 403)
    assert api.client.delete(f"/books/{book['id']}", headers=api.token("libby")).status_code == 204
    error(api.client.get(f"/books/{book['id']}", headers=api.token("libby")), 404)


def test_deleting_a_book_on_loan_is_refused(api):
    on_loan = _db(api, select(Copy.book_id).where(Copy.status == "on_loan").order_by(Copy.book_id))[0]
    err = error(api.client.delete(f"/books/{on_loan}", headers=api.token("admin")), 409, "refused")
    assert err["reasons"][0]["code"] == "copies_on_loan" and err["reasons"][0]["overridable"] is False


def test_authors(api):
    items, total = walk(api, "/authors", ANA[0], limit=2)
    assert [a["name"] for a in items] == _db(api, select(Author.name).order_by(Author.name_sort, Author.id))
    assert total == 5 and all(a["books"] == 6 for a in items)
    items, _ = walk(api, "/authors", ANA[0], q="lem")
    assert [a["name"] for a in items] == ["Stanisław Lem"]
    author_id = items[0]["id"]
    r = api.client.get(f"/authors/{author_id}", headers=api.token(ANA[0]))
    assert r.status_code == 200 and len(r.json()["book_ids"]) == 6
    error(api.client.get("/authors/987654", headers=api.token(ANA[0])), 404)


def test_copies(api):
    error(api.client.get("/copies", headers=api.token(ANA[0])), 403, "permission_denied")
    items, total = walk(api, "/copies", "desky")
    assert [c["barcode"] for c in items] == _db(api, select(Copy.barcode).order_by(Copy.barcode, Copy.id))
    on_loan, _ = walk(api, "/copies", "desky", status="on_loan")
    assert len(on_loan) == 3 and all(c["due_date"] for c in on_loan)
    assert len(walk(api, "/copies", "desky", available=True)[0]) == total - 3
    r = api.client.get("/copies/3100000", headers=api.token("desky"))
    assert r.status_code == 200 and r.json()["status"] == "on_loan"
    error(api.client.get("/copies/NOPE", headers=api.token("desky")), 404)
    book_id = r.json()["book_id"]
    error(api.client.post("/copies", json={"book_id": book_id}, headers=api.token("desky")), 403)
    r = api.client.post("/copies", json={"book_id": book_id, "location": "Annex"}, headers=api.token("libby"))
    assert r.status_code == 201 and len(r.json()["barcodes"]) == 1
    barcode = r.json()["barcodes"][0]
    r = api.client.put(f"/copies/{barcode}/status", json={"status": "damaged", "note": "water"},
                       headers=api.token("libby"))
    assert r.status_code == 200 and r.json()["status"] == "damaged"
    error(api.client.put(f"/copies/{barcode}/status", json={"status": "on_loan"}, headers=api.token("libby")), 422)
    refused = api.client.put("/copies/3100000/status", json={"status": "withdrawn"}, headers=api.token("libby"))
    assert error(refused, 409, "refused")["reasons"][0]["code"] == "on_loan"
    error(api.client.post("/copies", json={"book_id": 999999}, headers=api.token("libby")), 404)


def test_item_type_is_one_of_the_declared_kinds(api) -> None:
    body = {"title": "Alien", "item_type": "laserdisc"}
    assert error(api.client.post("/books", json=body, headers=api.token("libby")), 422)["field"] == "item_type"
    r = api.client.post("/books", json={**body, "item_type": "dvd"}, headers=api.token("libby"))
    assert r.status_code == 201, r.text
    assert api.client.get(r.headers["Location"], headers=api.token("libby")).json()["item_type"] == "dvd"
