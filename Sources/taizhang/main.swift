print("taizhang")
