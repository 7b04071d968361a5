"""tgbe.rules"""
