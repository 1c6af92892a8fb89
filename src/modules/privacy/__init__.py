"""privacy: a person's rights over their data (GDPR/CCPA): export now; erasure and consents next."""
