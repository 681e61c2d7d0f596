"""library core schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-26 02:35:09.520999
"""

from __future__ import annotations

import sqlalchemy as sa

import desktop_app.db.base
from alembic import op
from desktop_app.db import search_schema

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('authors',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('name_sort', sa.String(length=300), nullable=False),
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', desktop_app.db.base.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_authors')),
    sa.UniqueConstraint('uuid', name=op.f('uq_authors_uuid'))
    )
    with op.batch_alter_table('authors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_authors_name_sort'), ['name_sort'], unique=False)

    op.create_table('books',
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('subtitle', sa.Text(), nullable=True),
    sa.Column('isbn13', sa.String(length=13), nullable=True),
    sa.Column('isbn10', sa.String(length=10), nullable=True),
    sa.Column('publisher', sa.String(length=300), nullable=True),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('edition', sa.String(length=100), nullable=True),
    sa.Column('language', sa.String(length=3), nullable=True),
    sa.Column('series', sa.String(length=300), nullable=True),
    sa.Column('subjects', sa.Text(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('item_type', sa.String(length=30), nullable=False),
    sa.Column('call_number', sa.String(length=100), nullable=True),
    sa.Column('author_names', sa.Text(), nullable=False),
    sa.Column('isbn_search', sa.String(length=40), nullable=False),
    sa.Column('title_sort', sa.Text(), nullable=False),
    sa.Column('author_sort', sa.Text(), nullable=False),
    sa.Column('created_at', desktop_app.db.base.UTCDateTime(), nullable=False),
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', desktop_app.db.base.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_books')),
    sa.UniqueConstraint('uuid', name=op.f('uq_books_uuid'))
    )
    with op.batch_alter_table('books', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_books_author_sort'), ['author_sort'], unique=False)
        batch_op.create_index(batch_op.f('ix_books_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_books_isbn13'), ['isbn13'], unique=False)
        batch_op.create_index(batch_op.f('ix_books_title_sort'), ['title_sort'], unique=False)
        batch_op.create_index('ix_books_year_id', ['year', 'id'], unique=False)

    op.create_table('closed_days',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=True),
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', desktop_app.db.base.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_closed_days')),
    sa.UniqueConstraint('day', name=op.f('uq_closed_days_day')),
    sa.UniqueConstraint('uuid', name=op.f('uq_closed_days_uuid'))
    )
    op.create_table('counters',
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_counters'))
    )
    op.create_table('journal',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('op_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('args', sa.JSON(), nullable=False),
    sa.Column('entity_uuid', sa.String(length=36), nullable=True),
    sa.Column('base_version', sa.Integer(), nullable=True),
    sa.Column('occurred_at', desktop_app.db.base.UTCDateTime(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('result', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal')),
    sa.UniqueConstraint('op_id', name=op.f('uq_journal_op_id')),
    sa.UniqueConstraint('seq', name=op.f('uq_journal_seq'))
    )
    with op.batch_alter_table('journal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_journal_entity_uuid'), ['entity_uuid'], unique=False)
        batch_op.create_index('ix_journal_status_seq', ['status', 'seq'], unique=False)

    op.create_table('member_categories',
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('loan_days', sa.Integer(), nullable=False),
    sa.Column('max_loans', sa.Integer(), nullable=False),
    sa.Column('max_renewals', sa.Integer(), nullable=False),
    sa.Column('max_holds', sa.Integer(), nullable=False),
    sa.Column('fines_enabled', sa.Boolean(), nullable=False),
    sa.Column('fine_per_day_cents', sa.Integer(), nullable=False),
    sa.Column('fine_cap_cents', sa.Integer(), nullable=False),
    sa.Column('grace_days', sa.Integer(), nullable=False),
    sa.Column('max_overdue_days', sa.Integer(), nullable=True),
    sa.Column('max_owed_cents', sa.Integer(), nullable=True),
    sa.Column('membership_months', sa.Integer(), nullable=False),
    sa.Column('item_type_loan_days', sa.JSON(), nullable=False),
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', desktop_app.db.base.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member_categories')),
    sa.UniqueConstraint('code', name=op.f('uq_member_categories_code')),
    sa.UniqueConstraint('uuid', name=op.f('uq_member_categories_uuid'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('updated_at', desktop_app.db.base.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('staff_users',
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('display_name', sa.String(length=100), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('lockouts', sa.Integer(), nullable=False),
    sa.Column('locked_until', desktop_app.db.base.UTCDateTime(), nullable=True),
    sa.Column('last_login', desktop_app.db.base.UTCDateTime(), nullable=True),
    sa.Column('created_at', desktop_app.db.base.UTCDateTime(), nullable=False),
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', desktop_app.db.base.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_users')),
    sa.UniqueConstraint('username', name=op.f('uq_staff_users_username')),
    sa.UniqueConstraint('uuid', name=op.f('uq_staff_users_uuid'))
    )
    op.create_table('sync_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=True),
    sa.Column('database_id', sa.String(length=36), nullable=False),
    sa.Column('server_url', sa.String(length=300), nullable=True),
    sa.Column('desk_name', sa.String(length=100), nullable=True),
    sa.Column('last_acked_seq', sa.Integer(), nullable=False),
    sa.Column('pull_cursor', sa.String(length=200), nullable=True),
    sa.Column('clock_offset_s', sa.Double(), nullable=False),
    sa.Column('last_sync_at', desktop_app.db.base.UTCDateTime(), nullable=True),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_state'))
    )
    op.create_table('tombstones',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', desktop_app.db.base.UTCDateTime(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tombstones')),
    sa.UniqueConstraint('uuid', name=op.f('uq_tombstones_uuid'))
    )
    op.create_table('audit_events',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('at', desktop_app.db.base.UTCDateTime(), nullable=False),
    sa.Column('staff_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_uuid', sa.String(length=36), nullable=True),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_users.id'], name=op.f('fk_audit_events_staff_id_staff_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_events'))
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_events_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_events_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_events_entity_uuid'), ['entity_uuid'], unique=False)

    op.create_table('book_authors',
    sa.Column('book_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['authors.id'], name=op.f('fk_book_authors_author_id_authors')),
    sa.ForeignKeyConstraint(['book_id'], ['books.id'], name=op.f('fk_book_authors_book_id_books'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('book_id', 'position', name=op.f('pk_book_authors'))
    )
    with op.batch_alter_table('book_authors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_book_authors_author_id'), ['author_id'], unique=False)

    op.create_table('copies',
    sa.Column('barcode', sa.String(length=64), nullable=False),
    sa.Column('book_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('call_number', sa.String(length=100), nullable=True),
    sa.Column('location', sa.String(length=100), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('acquired', sa.Date(), nullable=True),
    sa.Column('price_cents', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('created_at', desktop_app.db.base.UTCDateTime(), nullable=False),
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', desktop_app.db.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['book_id'], ['books.id'], name=op.f('fk_copies_book_id_books'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_copies')),
    sa.UniqueConstraint('barcode', name=op.f('uq_copies_barcode')),
    sa.UniqueConstraint('uuid', name=op.f('uq_copies_uuid'))
    )
    with op.batch_alter_table('copies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_copies_book_id'), ['book_id'], unique=False)
        batch_op.create_index('ix_copies_book_status', ['book_id', 'status'], unique=False)

    op.create_table('members',
    sa.Column('card_number', sa.String(length=64), nullable=False),
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=50), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('category_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('joined', sa.Date(), nullable=False),
    sa.Column('expires', sa.Date(), nullable=True),
    sa.Column('blocked', sa.Boolean(), nullable=False),
    sa.Column('block_reason', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('pin_hash', sa.String(length=200), nullable=True),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('lockouts', sa.Integer(), nullable=False),
    sa.Column('locked_until', desktop_app.db.base.UTCDateTime(), nullable=True),
    sa.Column('name_sort', sa.String(length=200), nullable=False),
    sa.Column('created_at', desktop_app.db.base.UTCDateTime(), nullable=False),
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', desktop_app.db.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['category_id'], ['member_categories.id'], name=op.f('fk_members_category_id_member_categories')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_members')),
    sa.UniqueConstraint('card_number', name=op.f('uq_members_card_number')),
    sa.UniqueConstraint('uuid', name=op.f('uq_members_uuid'))
    )
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_members_category_id'), ['category_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_members_name_sort'), ['name_sort'], unique=False)

    op.create_table('holds',
    sa.Column('book_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('member_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('placed_at', desktop_app.db.base.UTCDateTime(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('copy_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('ready_at', desktop_app.db.base.UTCDateTime(), nullable=True),
    sa.Column('pickup_by', sa.Date(), nullable=True),
    sa.Column('closed_at', desktop_app.db.base.UTCDateTime(), nullable=True),
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', desktop_app.db.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['book_id'], ['books.id'], name=op.f('fk_holds_book_id_books'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['copy_id'], ['copies.id'], name=op.f('fk_holds_copy_id_copies')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_holds_member_id_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_holds')),
    sa.UniqueConstraint('uuid', name=op.f('uq_holds_uuid'))
    )
    with op.batch_alter_table('holds', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_holds_book_id'), ['book_id'], unique=False)
        batch_op.create_index('ix_holds_book_status', ['book_id', 'status', 'placed_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_holds_member_id'), ['member_id'], unique=False)

    op.create_table('loans',
    sa.Column('copy_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('member_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('checked_out_at', desktop_app.db.base.UTCDateTime(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('returned_at', desktop_app.db.base.UTCDateTime(), nullable=True),
    sa.Column('renewals', sa.Integer(), nullable=False),
    sa.Column('lent_by_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('returned_by_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('desk', sa.String(length=100), nullable=True),
    sa.Column('override_reason', sa.Text(), nullable=True),
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', desktop_app.db.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['copy_id'], ['copies.id'], name=op.f('fk_loans_copy_id_copies')),
    sa.ForeignKeyConstraint(['lent_by_id'], ['staff_users.id'], name=op.f('fk_loans_lent_by_id_staff_users')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_loans_member_id_members')),
    sa.ForeignKeyConstraint(['returned_by_id'], ['staff_users.id'], name=op.f('fk_loans_returned_by_id_staff_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_loans')),
    sa.UniqueConstraint('uuid', name=op.f('uq_loans_uuid'))
    )
    with op.batch_alter_table('loans', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_loans_checked_out_at'), ['checked_out_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_loans_copy_id'), ['copy_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_loans_member_id'), ['member_id'], unique=False)
        batch_op.create_index('ix_loans_open_due', ['due_date'], unique=False, sqlite_where=sa.text('returned_at IS NULL'), postgresql_where=sa.text('returned_at IS NULL'))
        batch_op.create_index('uq_loans_open_copy', ['copy_id'], unique=True, sqlite_where=sa.text('returned_at IS NULL'), postgresql_where=sa.text('returned_at IS NULL'))

    op.create_table('fees',
    sa.Column('member_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('loan_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('amount_cents', sa.Integer(), nullable=False),
    sa.Column('created_at', desktop_app.db.base.UTCDateTime(), nullable=False),
    sa.Column('paid_at', desktop_app.db.base.UTCDateTime(), nullable=True),
    sa.Column('waived_at', desktop_app.db.base.UTCDateTime(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', desktop_app.db.base.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['loan_id'], ['loans.id'], name=op.f('fk_fees_loan_id_loans')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_fees_member_id_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fees')),
    sa.UniqueConstraint('uuid', name=op.f('uq_fees_uuid'))
    )
    with op.batch_alter_table('fees', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fees_member_id'), ['member_id'], unique=False)

    if op.get_bind().dialect.name == "sqlite":
        for statement in search_schema.create_statements(search_schema.BOOK_FTS_COLUMNS_0001):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in search_schema.drop_statements():
            op.execute(statement)

    with op.batch_alter_table('fees', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fees_member_id'))

    op.drop_table('fees')
    with op.batch_alter_table('loans', schema=None) as batch_op:
        batch_op.drop_index('uq_loans_open_copy', sqlite_where=sa.text('returned_at IS NULL'), postgresql_where=sa.text('returned_at IS NULL'))
        batch_op.drop_index('ix_loans_open_due', sqlite_where=sa.text('returned_at IS NULL'), postgresql_where=sa.text('returned_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_loans_member_id'))
        batch_op.drop_index(batch_op.f('ix_loans_copy_id'))
        batch_op.drop_index(batch_op.f('ix_loans_checked_out_at'))

    op.drop_table('loans')
    with op.batch_alter_table('holds', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_holds_member_id'))
        batch_op.drop_index('ix_holds_book_status')
        batch_op.drop_index(batch_op.f('ix_holds_book_id'))

    op.drop_table('holds')
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_members_name_sort'))
        batch_op.drop_index(batch_op.f('ix_members_category_id'))

    op.drop_table('members')
    with op.batch_alter_table('copies', schema=None) as batch_op:
        batch_op.drop_index('ix_copies_book_status')
        batch_op.drop_index(batch_op.f('ix_copies_book_id'))

    op.drop_table('copies')
    with op.batch_alter_table('book_authors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_book_authors_author_id'))

    op.drop_table('book_authors')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_events_entity_uuid'))
        batch_op.drop_index(batch_op.f('ix_audit_events_at'))
        batch_op.drop_index(batch_op.f('ix_audit_events_action'))

    op.drop_table('audit_events')
    op.drop_table('tombstones')
    op.drop_table('sync_state')
    op.drop_table('staff_users')
    op.drop_table('settings')
    op.drop_table('member_categories')
    with op.batch_alter_table('journal', schema=None) as batch_op:
        batch_op.drop_index('ix_journal_status_seq')
        batch_op.drop_index(batch_op.f('ix_journal_entity_uuid'))

    op.drop_table('journal')
    op.drop_table('counters')
    op.drop_table('closed_days')
    with op.batch_alter_table('books', schema=None) as batch_op:
        batch_op.drop_index('ix_books_year_id')
        batch_op.drop_index(batch_op.f('ix_books_title_sort'))
        batch_op.drop_index(batch_op.f('ix_books_isbn13'))
        batch_op.drop_index(batch_op.f('ix_books_created_at'))
        batch_op.drop_index(batch_op.f('ix_books_author_sort'))

    op.drop_table('books')
    with op.batch_alter_table('authors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_authors_name_sort'))

    op.drop_table('authors')
