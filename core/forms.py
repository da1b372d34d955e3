"""Form helpers shared by every form of the site."""


class DescribedErrorsMixin:
    """Ties each field's error message to the field (aria-describedby), for screen readers."""

    def is_valid(self):
        valid = super().is_valid()
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs.update(
                    {"aria-invalid": "true", "aria-describedby": f"{self[name].auto_id}-error"}
                )
        return valid
