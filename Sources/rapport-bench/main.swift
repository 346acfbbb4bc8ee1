print("rapport-bench")
