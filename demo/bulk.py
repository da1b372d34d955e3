"""Many pages at once: tree paths computed here, rows inserted in bulk.

Page.add_child saves one page at a time, a dozen queries each, and Django cannot
bulk_create a model with a parent table. For the scale content we do what add_child
would: give each page the next treebeard path under its parent, then insert the
wagtailcore_page rows in one bulk_create and each page type's own rows in another.
The pages are live, without revisions (as pages imported by a script are) and without
search index entries: the caller indexes them afterwards.
"""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils import timezone

from wagtail.models import Page


class BulkTree:
    def __init__(self):
        self.pending = []
        self.children_added = defaultdict(int)
        self.numchild = {}

    def add(self, parent, page):
        """Queue page as the last child of parent; returns page, whose pk is set by save()."""
        if parent.pk not in self.numchild:
            self.numchild[parent.pk] = Page.objects.filter(pk=parent.pk).values_list("numchild", flat=True)[0]
        self.children_added[parent.pk] += 1
        step = self.numchild[parent.pk] + self.children_added[parent.pk]
        now = timezone.now()
        page.path = Page._get_path(parent.path, parent.depth + 1, step)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.locale_id = parent.locale_id
        page.live, page.has_unpublished_changes = True, False
        page.first_published_at = page.last_published_at = page.latest_revision_created_at = now
        page.draft_title = page.title
        page.content_type = ContentType.objects.get_for_model(page)
        self.pending.append(page)
        return page

    def save(self):
        base_rows = [Page(**{field.attname: getattr(page, field.attname) for field in Page._meta.concrete_fields})
                     for page in self.pending]  # fmt: skip
        Page.objects.bulk_create(base_rows)
        by_model = defaultdict(list)
        for page, row in zip(self.pending, base_rows, strict=True):
            page.pk = page.id = page.page_ptr_id = row.pk
            by_model[type(page)].append(page)
        for model, pages in by_model.items():
            model._base_manager._insert(pages, fields=model._meta.local_concrete_fields, raw=True)
        for parent_pk, added in self.children_added.items():
            Page.objects.filter(pk=parent_pk).update(numchild=F("numchild") + added)
        saved, self.pending = self.pending, []
        self.children_added.clear()
        self.numchild.clear()
        return saved
