"""Catalog tables: authors, books (with their ordered author credits) and copies."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, IdType, Replicated, UTCDateTime, utcnow


class Author(Replicated, Base):
    __tablename__ = "authors"

    name: Mapped[str] = mapped_column(String(300), index=True)  # authors are found by exact name
    name_sort: Mapped[str] = mapped_column(String(300), index=True)


class BookAuthor(Base):
    """An author credited on a book, in order, with a role."""

    __tablename__ = "book_authors"

    book_id: Mapped[int] = mapped_column(ForeignKey("books.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id"), index=True)
    role: Mapped[str] = mapped_column(String(20), default="author")

    author: Mapped[Author] = relationship(lazy="joined")


class Book(Replicated, Base):
    __tablename__ = "books"

    title: Mapped[str] = mapped_column(Text)
    subtitle: Mapped[str | None] = mapped_column(Text)
    isbn13: Mapped[str | None] = mapped_column(String(13), index=True)
    isbn10: Mapped[str | None] = mapped_column(String(10))
    publisher: Mapped[str | None] = mapped_column(String(300))
    year: Mapped[int | None] = mapped_column(Integer)
    edition: Mapped[str | None] = mapped_column(String(100))
    language: Mapped[str | None] = mapped_column(String(3))
    series: Mapped[str | None] = mapped_column(String(300))
    series_number: Mapped[str | None] = mapped_column(String(30))  # "3", "vol. 12"
    extent: Mapped[str | None] = mapped_column(String(300))  # MARC 300: "xii, 320 p. : ill. ; 24 cm"
    links: Mapped[str | None] = mapped_column(Text)  # "; "-separated addresses (MARC 856 $u)
    subjects: Mapped[str | None] = mapped_column(Text)  # "; "-separated headings
    description: Mapped[str | None] = mapped_column(Text)
    item_type: Mapped[str] = mapped_column(String(30), default="book")
    call_number: Mapped[str | None] = mapped_column(String(100))
    # Denormalised for search and fast listing; kept by the catalog service.
    author_names: Mapped[str] = mapped_column(Text, default="")
    isbn_search: Mapped[str] = mapped_column(String(40), default="")
    search_extra: Mapped[str] = mapped_column(Text, default="", server_default="")  # domain.text.search_extra
    title_sort: Mapped[str] = mapped_column(Text, index=True)
    author_sort: Mapped[str] = mapped_column(Text, default="", index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)

    credits: Mapped[list[BookAuthor]] = relationship(
        order_by=BookAuthor.position, cascade="all, delete-orphan",
    )
    copies: Mapped[list[Copy]] = relationship(back_populates="book", cascade="all, delete-orphan")

    __table_args__ = (Index("ix_books_year_id", "year", "id"),)


class Copy(Replicated, Base):
    """One physical item on the shelf."""

    __tablename__ = "copies"

    barcode: Mapped[str] = mapped_column(String(64), unique=True)
    book_id: Mapped[int] = mapped_column(IdType, ForeignKey("books.id", ondelete="CASCADE"), index=True)
    call_number: Mapped[str | None] = mapped_column(String(100))
    location: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(20), default="available")
    acquired: Mapped[date | None] = mapped_column(Date)
    price_cents: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    book: Mapped[Book] = relationship(back_populates="copies")

    __table_args__ = (Index("ix_copies_book_status", "book_id", "status"),)
