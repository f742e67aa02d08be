print("cataclysm")
