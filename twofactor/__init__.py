"""Site floor: a second factor (TOTP) for the admin, required for the groups that can publish or see personal data."""
