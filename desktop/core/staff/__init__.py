"""Staff members and champions: editing and listing."""
