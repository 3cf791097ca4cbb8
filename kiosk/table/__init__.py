"""The children's table: game rules and table behaviour, Qt-free."""
